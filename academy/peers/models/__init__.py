from .badges import Badge, BadgeAward
from .community import BuddyRequest, Flag, Referral, Welcome
from .ladder import Nomination, RoleChange, Standing, Suspension
from .profiles import Profile
from .reputation import ReputationEvent, ReputationTotal

__all__ = [
    "Badge",
    "BadgeAward",
    "BuddyRequest",
    "Flag",
    "Nomination",
    "Profile",
    "Referral",
    "ReputationEvent",
    "ReputationTotal",
    "RoleChange",
    "Standing",
    "Suspension",
    "Welcome",
]
