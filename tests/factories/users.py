import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from academy.peers import services as peer_services

from .courses import make_topic

PASSWORD = "correct-horse-battery-staple"
DEFAULT_TOPIC = "facilitation"


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
        """Roles granted by hand: a Role, or (Role, topic slug) for a topic role; a topic
        role without a topic is held in the default test topic."""
        for item in extracted or []:
            role, slug = item if isinstance(item, tuple) else (item, DEFAULT_TOPIC)
            topic = make_topic(slug) if role.is_topic_role else None
            peer_services.grant_role(user=user, role=role, topic=topic)
