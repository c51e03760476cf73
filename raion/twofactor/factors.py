"""A staff member's second factors: an authenticator app (TOTP) and recovery codes."""

import secrets
from base64 import b32encode

import segno
from django.db import transaction
from django_otp import devices_for_user
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import RecoveryCode, RecoveryCodeDevice, digest

RECOVERY_CODE_COUNT = 10
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread


def has_second_factor(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_totp_device(user) -> TOTPDevice:
    """The authenticator being set up: unconfirmed until its first code is entered."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


def qr_code_svg(device: TOTPDevice) -> str:
    """The device's otpauth:// address as an inline SVG, drawn here (no external service)."""
    return segno.make(device.config_url, error="m").svg_inline(scale=5, border=2)


def readable_key(device: TOTPDevice) -> str:
    """The secret in base32, for typing into an app that cannot scan the code."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@transaction.atomic
def confirm_totp(device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm `device` with a code from the app; fresh recovery codes, or None if wrong."""
    if not device.verify_token(token):
        return None
    TOTPDevice.objects.filter(user=device.user, confirmed=True).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(device.user)


@transaction.atomic
def new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes; the codes are returned once and stored hashed."""
    RecoveryCodeDevice.objects.filter(user=user).delete()
    device = RecoveryCodeDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
    codes = [
        "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(4))
        for _ in range(RECOVERY_CODE_COUNT)
    ]
    RecoveryCode.objects.bulk_create(RecoveryCode(device=device, digest=digest(c)) for c in codes)
    return codes


def remaining_recovery_codes(user) -> int:
    return RecoveryCode.objects.filter(device__user=user).count()


@transaction.atomic
def verified_device(user, token: str):
    """The device of `user` that accepts `token`: six digits are a code from the app,
    anything else a recovery code."""
    token = "".join(token.split())
    kind = TOTPDevice if token.isdigit() and len(token) == 6 else RecoveryCodeDevice
    for device in devices_for_user(user, for_verify=True):
        if isinstance(device, kind) and device.verify_token(token):
            return device
    return None


@transaction.atomic
def reset_factors(user) -> None:
    """Remove every second factor of `user`: they enrol again at their next login."""
    TOTPDevice.objects.filter(user=user).delete()
    RecoveryCodeDevice.objects.filter(user=user).delete()
