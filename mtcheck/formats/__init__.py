"""Output formats: each module renders a list of reports (or input errors) as one string."""
