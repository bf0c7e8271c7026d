"""Web forms. Flask-WTF gives each one a CSRF token, checked on every POST."""

import re

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import (
    BooleanField,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, DataRequired, EqualTo, InputRequired, Length, NumberRange, Regexp, ValidationError

from .generator.ingest import MAX_ARTICLE_CHARS
from .passwords import weak_password
from .store.users import ROLES


class LoginForm(FlaskForm):
    username = StringField("User name", validators=[InputRequired(), Length(max=40)],
                           render_kw={"autocomplete": "username", "autocapitalize": "none"})
    password = PasswordField("Password", validators=[InputRequired(), Length(max=256)],
                             render_kw={"autocomplete": "current-password"})
    submit = SubmitField("Log in")


class NewPasswordForm(FlaskForm):
    """A new password, typed twice and held to passwords.weak_password: the part of signing up and of changing a
    password that is the same. The password must differ from the form's ``username``: a field, or a name given."""

    password = PasswordField(
        "Password", validators=[InputRequired()],  # (its length is weak_password's to tell, once)
        description="At least 8 characters. A phrase of several words is easy to remember and hard to guess.",
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField("Repeat the password",
                            validators=[InputRequired(), EqualTo("password", message="The two passwords differ.")],
                            render_kw={"autocomplete": "new-password"})

    def owner(self):
        """The user name the password must differ from: the one typed beside it (signing up), or the one the form
        was made for (changing it), or none."""
        name = getattr(self, "username", None)
        return getattr(name, "data", name) or ""

    def validate_password(self, field):
        problem = weak_password(field.data, self.owner())
        if problem:
            raise ValidationError(problem)


class SignupForm(NewPasswordForm):
    username = StringField(
        "User name",
        validators=[
            InputRequired(), Length(min=2, max=40, message="Use 2 to 40 letters, digits, dots, dashes or underscores."),
            Regexp(r"^[A-Za-z0-9._-]+$", message="Use letters, digits, dots, dashes or underscores only."),
        ],
        description="2 to 40 letters, digits, dots, dashes or underscores.",
        render_kw={"autocomplete": "username", "autocapitalize": "none"},
    )
    submit = SubmitField("Sign up")


class PasswordChangeForm(NewPasswordForm):
    """A new password for the logged-in user, who gives the current one first."""

    current = PasswordField("Current password", validators=[InputRequired(), Length(max=256)],
                            render_kw={"autocomplete": "current-password"})
    submit = SubmitField("Change password")

    def __init__(self, username, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.username = username
        self.password.label.text, self.confirm.label.text = "New password", "Repeat the new password"


def whole_number(label, low, high, **kwargs):
    """An IntegerField from ``low`` to ``high`` whose one message says both what to type and the range: WTForms'
    own "Not a valid integer value." ran on into the range's message (a new user's walk)."""
    message = f"Type a whole number from {low} to {high}."
    return IntegerField(label, validators=[InputRequired(message=message), NumberRange(min=low, max=high, message=message)],
                        invalid_value_message=message, **kwargs)


class ActionForm(FlaskForm):
    """A form with no fields but its CSRF token: start, finish, log out, publish."""


class DeleteSetForm(FlaskForm):
    """Delete a set that no student has worked on: the box says it cannot be undone."""

    confirm = BooleanField("Yes, delete this set and its questions for good",
                           validators=[DataRequired("Tick the box to say you mean it: a deleted set cannot be brought "
                                                    "back.")])
    submit = SubmitField("Delete the set")


class SetSettingsForm(FlaskForm):
    # A generated set takes the article's headline; a teacher often wants their own words for it.
    title = StringField("Title", validators=[DataRequired("Give the set a title."), Length(max=200)],
                        description="Students see it on the quiz list and above every question, so it must not "
                                    "give an answer away.")
    description = TextAreaField("Description", validators=[Length(max=2000)],
                                description="Optional. Shown to students before they start.")
    feedback_mode = RadioField(
        "When students see whether they were right",
        choices=[SelectChoice("immediate", "After each answer"), SelectChoice("end", "At the end of the quiz")],
        validators=[InputRequired()],
    )
    allow_typos = BooleanField("Accept short answers with a small typo")
    shuffle_questions = BooleanField("Shuffle the order of questions")
    shuffle_choices = BooleanField("Shuffle the order of choices")
    published = BooleanField("Published (students can see and take it)")
    submit = SubmitField("Save settings")


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=[SelectChoice(r, r.capitalize()) for r in ROLES],
                       validators=[InputRequired()])
    submit = SubmitField("Change role")


# The most of an article's text the generator takes, pasted or read from a file (about 10,000 words).


class ArticleForm(FlaskForm):
    """An article to generate questions from: an uploaded file or pasted text."""

    # Optional text fields default to "": a POST that leaves one out (a script, an old page) means empty.
    title = StringField("Title of the question set", default="", validators=[Length(max=200)],
                        description="Optional. Left empty, the set takes the article's headline, less any figure a "
                                    "question asks (a title shown above every question must not give one away).")
    article_file = FileField(
        "Article file",
        validators=[FileAllowed(["html", "htm", "txt"], "Upload a web page saved from a browser (.html) or a .txt file.")],
        description="A web page saved from your browser (.html, .htm) or plain text (.txt): a file up to 2 MB,"
                    " whose article is at most 60,000 characters (about 10,000 words).",
    )
    text = TextAreaField("Or paste the article's text", default="", validators=[Length(max=MAX_ARTICLE_CHARS, message=(
        "Paste at most 60,000 characters (about 10,000 words): just the article."))],
                         description="Paragraphs separated by blank lines.",
                         # No maxlength: the browser would cut a long paste silently; the server says so instead.
                         render_kw={"rows": 10, "maxlength": False})
    source_url = StringField("Link to the original article", default="", validators=[Length(max=500)],
                             description="Optional; shown to students with the questions.")
    max_questions = whole_number("Number of questions, at most", 1, 50, default=15)
    submit = SubmitField("Generate questions")

    def validate_text(self, field):
        if not field.data.strip() and not (self.article_file.data and getattr(self.article_file.data, "filename", "")):
            raise ValidationError("Upload a file or paste the article's text.")

    def validate_source_url(self, field):
        if field.data and not re.match(r"^https?://", field.data.strip()):
            raise ValidationError("Give a web address starting with http:// or https://.")


class QuestionEditForm(FlaskForm):
    """The parts of a generated question an instructor edits; answers come as lists in the form."""

    # (an empty question is told once, by apply_edit's "Write the question.", beside the other problems)
    # (no maxlength: the browser cut a long paste silently, a new user's walk; the server says how long instead)
    prompt = TextAreaField("Question", validators=[Length(max=2000, message=(
        "Keep the question to 2,000 characters; it has %(length)d."))], render_kw={"rows": 3, "maxlength": False})
    feedback = TextAreaField("Explanation shown after answering", validators=[Length(max=4000, message=(
        "Keep the explanation to 4,000 characters; it has %(length)d."))], render_kw={"rows": 3, "maxlength": False})
    submit = SubmitField("Save question")


IMPORT_EXTENSIONS = ["gift", "txt", "xml", "csv", "tsv", "tab", "json"]
# Within the 2 MB request cap; a pasted file arrives as form text.
MAX_IMPORT_TEXT = 2_000_000


class ImportForm(FlaskForm):
    """A question file to import: uploaded or pasted, then checked, previewed and confirmed."""

    question_file = FileField(
        "Question file",
        validators=[FileAllowed(IMPORT_EXTENSIONS, "Upload a .gift, .txt (GIFT or Aiken), .xml (Moodle XML), "
                                                   ".csv, .tsv or .json file.")],
        description="Moodle GIFT, Aiken, Moodle XML, CSV or TSV (Quizlet, Anki, spreadsheets) or quizapp JSON; up to 2 MB.",
    )
    text = TextAreaField("Or paste the questions", default="", validators=[Length(max=MAX_IMPORT_TEXT, message=(
        "Paste at most 2,000,000 characters; split bigger files."))],
                         render_kw={"rows": 12, "maxlength": False, "spellcheck": "false"})
    file_format = SelectField("Format", choices=[
        SelectChoice(value, label) for value, label in (
            ("auto", "Tell from the file"), ("gift", "Moodle GIFT"), ("aiken", "Aiken"), ("moodlexml", "Moodle XML"),
            ("csv", "CSV / TSV"), ("json", "quizapp JSON"))
    ], default="auto")
    title = StringField("Name of the set", default="", validators=[Length(max=200)],
                        description="Optional. Otherwise the file's own title, or its file name.")
    filename = HiddenField()  # the uploaded file's name, kept for messages once its text is in the box
    checked = HiddenField()  # fingerprint of the text last previewed: only what was seen is created
    # Which preview page this is: a second create from it finds the set the first made (see store_new_set)
    preview = HiddenField(validators=[Length(max=64)])
    publish = BooleanField("Publish to students now", default=True)
    check = SubmitField("Check and preview")
    create = SubmitField("Create the set")

    def validate_text(self, field):
        if not field.data.strip() and not (self.question_file.data and getattr(self.question_file.data, "filename", "")):
            raise ValidationError("Upload a file or paste its text.")


class RatingForm(FlaskForm):
    """A flashcard rating: which button (1-4), and the card as the form showed it (version, one-time request id)."""

    rating = StringField(validators=[InputRequired(), AnyOf(["1", "2", "3", "4"])])
    version = HiddenField(validators=[InputRequired(), Regexp(r"^\d{1,9}$")])
    request_id = HiddenField(validators=[InputRequired(), Regexp(r"^[A-Za-z0-9_-]{8,64}$")])
    shown_at = HiddenField(validators=[Length(max=40)])


class ReviewSettingsForm(FlaskForm):
    """A student's study settings."""

    desired_retention = whole_number(
        "Desired retention (%)", 70, 97,
        description="How likely you want to be to remember a card when it comes back. Higher means more reviews;"
                    " 90% is a good balance, above 95% costs many reviews for little gain.")
    new_per_day = whole_number("New cards per day", 0, 9999,
                               description="About ten reviews a day follow each new card a day.")
    reviews_per_day = whole_number("Reviews per day, at most", 0, 99999)
    time_zone = SelectField("Your time zone", description="Your study day starts at 4 a.m. in this zone.")
    shortcuts = BooleanField("Keyboard shortcuts on the review screen (Space, 1-4, U)")
    submit = SubmitField("Save settings")
