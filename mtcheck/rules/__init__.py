"""The rules, one module each under mtcheck/rules/<family>/, found by mtcheck.registry."""
