"""Web forms. Flask-WTF gives each one a CSRF token, checked on every POST."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, PasswordField, RadioField, SelectField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import EqualTo, InputRequired, Length, Regexp, ValidationError

from .store.users import ROLES

# A short list of the passwords most often guessed; ASVS 6.2.4 asks for the
# top 3,000, which we cannot ship without a data download.
COMMON_PASSWORDS = frozenset("""
password password1 password123 passw0rd 12345678 123456789 1234567890 qwertyuiop qwerty123
iloveyou sunshine princess football baseball welcome welcome1 letmein1 trustno1 superman
starwars whatever dragon123 monkey123 abc12345 abcd1234 11111111 00000000 87654321 asdfghjk
""".split())


class LoginForm(FlaskForm):
    username = StringField("User name", validators=[InputRequired(), Length(max=40)],
                           render_kw={"autocomplete": "username", "autocapitalize": "none"})
    password = PasswordField("Password", validators=[InputRequired(), Length(max=256)],
                             render_kw={"autocomplete": "current-password"})
    submit = SubmitField("Log in")


class SignupForm(FlaskForm):
    username = StringField(
        "User name",
        validators=[
            InputRequired(), Length(min=2, max=40),
            Regexp(r"^[A-Za-z0-9._-]+$", message="Use letters, digits, dots, dashes or underscores only."),
        ],
        description="2 to 40 letters, digits, dots, dashes or underscores.",
        render_kw={"autocomplete": "username", "autocapitalize": "none"},
    )
    password = PasswordField(
        "Password",
        validators=[InputRequired(), Length(min=8, max=256, message="Use 8 to 256 characters.")],
        description="At least 8 characters. A phrase of several words is easy to remember and hard to guess.",
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField(
        "Repeat the password",
        validators=[InputRequired(), EqualTo("password", message="The two passwords differ.")],
        render_kw={"autocomplete": "new-password"},
    )
    submit = SubmitField("Sign up")

    def validate_password(self, field):
        if field.data.casefold() in COMMON_PASSWORDS:
            raise ValidationError("That password is one of the most guessed; choose another.")
        if self.username.data and field.data.casefold() == self.username.data.casefold():
            raise ValidationError("The password must differ from the user name.")


class ActionForm(FlaskForm):
    """A form with no fields but its CSRF token: start, finish, log out, publish."""


class SetSettingsForm(FlaskForm):
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
