"""The shipped scenario library: YAML data only (scenarios, intent phrases, profiles).

It is a package so that an installed callsim finds its library with importlib.resources.
"""
