"""allauth tells us about new members; the referral service decides what it means."""

from allauth.account.signals import user_signed_up
from django.contrib.auth import get_user_model
from django.dispatch import receiver

from . import referrals, services


@receiver(user_signed_up, dispatch_uid="peers.record_referral")
def record_referral(sender, request, user, **kwargs):
    referrer_id = request.session.pop(referrals.SESSION_KEY, None) if request else None
    if referrer_id is not None:
        services.record_referral(
            referrer=get_user_model().objects.filter(pk=referrer_id, is_active=True).first(),
            referred=user,
        )
