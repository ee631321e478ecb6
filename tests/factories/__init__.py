from .users import UserFactory

__all__ = ["UserFactory"]
