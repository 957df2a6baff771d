"""Feed side of rumourbot: feed -> item -> claim -> rumour event.

Knows nothing of users or platforms and never imports ``bot``. Settings and data arrive as arguments.
"""
