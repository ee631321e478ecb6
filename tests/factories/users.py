import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from academy.peers import services as peer_services

PASSWORD = "correct-horse-battery-staple"


class UserFactory(DjangoModelFactory):
    """A member who signed up and verified their email address."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        if create:
            user.save()
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)

    @factory.post_generation
    def roles(user, create, extracted, **kwargs):
        for role in extracted or []:
            peer_services.grant_role(user=user, role=role)
