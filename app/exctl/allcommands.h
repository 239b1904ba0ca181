#pragma once

class CommandRegistry;

// Registers every exctl command; the single place that lists them.
void registerAllCommands(CommandRegistry &registry);
