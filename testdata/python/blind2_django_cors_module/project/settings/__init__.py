from .base import *  # noqa: F401,F403
from .cors import *  # noqa: F401,F403
