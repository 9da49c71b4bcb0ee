"""Password hashing with argon2. Verification uses the parameters stored in each hash, so only
new hashes depend on the profile chosen here."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError

from server.settings import DEFAULT_PASSWORD_PROFILE


class Passwords:
    """Hashes and checks passwords; ``check_unknown`` spends the time of a real check so an
    unknown email address cannot be told apart from a wrong password by timing."""

    def __init__(self, hasher: PasswordHasher) -> None:
        self._hasher = hasher
        self._dummy = hasher.hash("quorum: no such member")

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def check(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def check_unknown(self, password: str) -> None:
        self.check(self._dummy, password)


@cache
def passwords_for(profile: str = DEFAULT_PASSWORD_PROFILE) -> Passwords:
    """The shared hasher for an argon2-cffi profile name such as ``RFC_9106_LOW_MEMORY``."""
    parameters = getattr(profiles, profile.upper(), None)
    if parameters is None:
        raise ValueError(f"unknown argon2 profile: {profile}")
    return Passwords(PasswordHasher.from_parameters(parameters))
