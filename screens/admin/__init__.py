"""The admin screens: the centre manager edits the routing and services, publishes, goes back,
reads statistics."""
