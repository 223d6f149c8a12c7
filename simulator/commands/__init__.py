"""The command line's command groups: each module adds its parsers with `register(sub)`
and runs one group of `callsim` commands (see `simulator.cli`)."""
