"""A student's flashcard statistics: reviews per day, due forecast, true retention, cards by state.

Days are study days (4 a.m. to 4 a.m.) in the student's time zone, as on the review screen.
"""

from datetime import timedelta

from .charts import bar_chart
from .scheduling import iso, parse_time, study_day, zone
from .store import cards

DAYS_BACK = 30
DAYS_AHEAD = 30
WEEKS_BACK = 12


def local_day(moment, time_zone):
    """The study day (a date) a UTC time falls in."""
    start, _end = study_day(moment, time_zone)
    return start.astimezone(zone(time_zone)).date()


def statistics(db, user_id, settings, now):
    """Everything the statistics page shows, with its charts."""
    time_zone = settings["time_zone"]
    today = local_day(now, time_zone)
    since, _ = study_day(now - timedelta(days=WEEKS_BACK * 7), time_zone)
    reviews = cards.user_reviews(db, user_id, iso(since))

    per_day = {today - timedelta(days=n): 0 for n in range(DAYS_BACK - 1, -1, -1)}
    for review in reviews:
        day = local_day(parse_time(review["reviewed_at"]), time_zone)
        if day in per_day:
            per_day[day] += 1
    reviews_series = [(day.strftime("%-d %b"), count) for day, count in per_day.items()]

    _start, day_end = study_day(now, time_zone)
    forecast = {today + timedelta(days=n): 0 for n in range(DAYS_AHEAD)}
    for due in cards.due_dates(db, user_id, iso(day_end + timedelta(days=DAYS_AHEAD - 1))):
        day = max(local_day(parse_time(due), time_zone), today)  # overdue cards count for today
        if day in forecast:
            forecast[day] += 1
    forecast_series = [(day.strftime("%-d %b"), count) for day, count in forecast.items()]

    retention_series = true_retention(reviews, today, time_zone)
    counts = dict(cards.state_counts(db, user_id))
    return {
        "reviews": reviews_series, "forecast": forecast_series, "retention": retention_series, "counts": counts,
        "reviews_chart": bar_chart(reviews_series, f"Reviews per day, last {DAYS_BACK} days"),
        "forecast_chart": bar_chart(forecast_series, f"Cards due per day, next {DAYS_AHEAD} days"),
        "retention_chart": bar_chart([(w, r) for w, r, _n in retention_series], "True retention per week",
                                     value_format="{:.0%}", max_value=1),
        "counts_chart": bar_chart(list(counts.items()), "Cards by state"),
        "total_reviews": sum(count for _, count in reviews_series),
        "target": settings["desired_retention"],
    }


def true_retention(reviews, today, time_zone):
    """Per week: the share of review cards remembered, counting only each card's first review of a day (as Anki does)."""
    weeks = {}
    seen = set()
    for review in reviews:
        if review["state_before"] != 2:
            continue  # learning steps say little about memory
        day = local_day(parse_time(review["reviewed_at"]), time_zone)
        if (review["card_id"], day) in seen:
            continue
        seen.add((review["card_id"], day))
        week = (today - day).days // 7
        passed, total = weeks.get(week, (0, 0))
        weeks[week] = (passed + (review["rating"] > 1), total + 1)
    series = []
    for week in range(WEEKS_BACK - 1, -1, -1):
        passed, total = weeks.get(week, (0, 0))
        label = "now" if week == 0 else f"-{week} wk"
        series.append((label, passed / total if total else None, total))
    return series
