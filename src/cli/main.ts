// The `corroborate` command. Placeholder entry replaced by the real CLI in this same session.
process.stdout.write('corroborate: CLI under construction\n');
