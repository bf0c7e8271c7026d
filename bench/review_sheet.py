"""Write the generated questions for a folder of articles as a sheet a reviewer can rate.

For each NAME.txt/NAME.html article: its text, then every generated question with its
type, stem, options (the right ones marked), accepted answers and the source sentence as a
student sees it right after answering, in quiz order (the answers of questions still to come
blanked: quizapp.scoring.source_shown). A reviewer marks each question keep / edit / drop (would an instructor publish it
unedited, after a fix, or not at all) in a ratings JSON:

    {"articles": {"NAME": {"Q1": {"verdict": "keep"|"edit"|"drop", "why": "..."}}},
     "totals": {"questions": N, "keep": K, "edit": E, "drop": D, "covered": C, "facts": F}}

and `bench/eval_generator.py --ratings FILE` prints the keep rate beside the coverage.

    .venv/bin/python bench/review_sheet.py [--articles bench/eval-articles] [--max N] > sheet.md
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def describe(question, allow_typos=False):
    """The question's options and right answers as lines of markdown; for a typed answer, how loosely the
    quiz grades it (quizapp.grading), since a reviewer judges whether it is fair to type."""
    from quizapp.grading import typo_budget
    kind = question["type"]
    lines = []
    if kind == "multiple_choice":
        for choice in question["choices"]:
            lines.append(f"    - {'**[right]** ' if choice['weight'] > 0 else ''}{choice['text']}")
    elif kind == "short_answer":
        lines.append("    - accepted: " + " | ".join(a["text"] for a in question["answers"]))
        slips = {a["text"]: typo_budget(a["text"]) if allow_typos else 0 for a in question["answers"]}
        forgiven = ", ".join(f"{n} in “{text}”" for text, n in slips.items() if n)
        lines.append("      (graded ignoring case, spacing and end punctuation; letters typed wrong forgiven: "
                     + (forgiven or "none") + ")")
    elif kind == "numerical":
        lines.append("    - accepted: " + " | ".join(f"{a['value']} (± {a.get('tolerance', 0)})"
                                                   for a in question["answers"]))
    elif kind == "matching":
        lines += [f"    - {pair['left']} → {pair['right']}" for pair in question["pairs"]]
        lines += [f"    - (distractor) {d}" for d in question.get("distractors", [])]
    elif kind == "true_false":
        lines.append(f"    - answer: {question['answer']}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ROOT / "bench" / "eval-articles")
    parser.add_argument("--max", type=int, default=None, help="questions per article (default: the generator's)")
    args = parser.parse_args()
    from quizapp.generator.pipeline import generate_question_set
    from quizapp.scoring import source_shown

    for article in sorted(p for p in args.articles.glob("*") if p.suffix in (".txt", ".html")):
        if article.name.endswith("-plain.txt"):
            continue
        options = {} if args.max is None else {"max_questions": args.max}
        question_set = generate_question_set(article.read_text(), is_html=article.suffix == ".html",
                                             **options).question_set
        questions = question_set.questions
        print(f"# {article.stem}\n")
        print("```text\n" + article.read_text().strip() + "\n```\n")
        print(f"The quiz's title, shown above every question: “{question_set.title}”\n")
        items = [{"question": question, "answered_at": None} for question in questions]
        for number, (question, item) in enumerate(zip(questions, items, strict=True), 1):
            print(f"- **Q{number}** ({question['type']}) {question['prompt']}")
            print("\n".join(describe(question, question_set.settings.get("allow_typos", False))))
            item["answered_at"] = "answered"
            shown = source_shown(item, items)
            print(f"    - source shown after answering: “{shown}”")
            if shown != (question.get("source") or {}).get("sentence"):
                print("      (the quiz says under it: “[…] marks the answer to a question still to come; your results "
                      "show the whole sentence.”)")
        print()


if __name__ == "__main__":
    main()
