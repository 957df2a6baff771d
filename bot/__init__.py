"""Bot side of rumourbot: subscriptions -> alerts -> platforms, and the composition root."""
