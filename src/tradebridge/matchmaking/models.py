"""Match-making sessions, meeting requests and schedules."""
