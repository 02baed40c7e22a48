"""Webhook endpoints registered by staff and the deliveries sent to them."""
