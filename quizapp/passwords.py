"""What a new password must be: one rule for signing up, changing it and `quizapp create-user`."""

# A short list of the passwords most often guessed; ASVS 6.2.4 asks for the
# top 3,000, which we cannot ship without a data download.
COMMON_PASSWORDS = frozenset("""
password password1 password123 passw0rd 12345678 123456789 1234567890 qwertyuiop qwerty123
iloveyou sunshine princess football baseball welcome welcome1 letmein1 trustno1 superman
starwars whatever dragon123 monkey123 abc12345 abcd1234 11111111 00000000 87654321 asdfghjk
""".split())


def weak_password(password, username=""):
    """What is wrong with a new password, or None: the one rule for sign-up, for a changed password and for
    `quizapp create-user` (which had taken "password" and eight spaces: a new user's walk)."""
    if not 8 <= len(password) <= 256:
        return "Use 8 to 256 characters."
    if password.casefold() in COMMON_PASSWORDS:
        return "That password is one of the most guessed; choose another."
    if len(set(password.strip())) < 3:
        # "        " or "aaaaaaaa": guessed first, whatever its length (a new user's walk found spaces accepted)
        return "Use at least three different characters, not only spaces or one key repeated."
    if username and password.casefold() == username.casefold():
        return "The password must differ from the user name."
    return None
