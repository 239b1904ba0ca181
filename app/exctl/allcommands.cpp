#include "allcommands.h"

#include "commandregistry.h"
#include "commands/assetlistcommand.h"
#include "commands/assetsetcommand.h"
#include "commands/initcommand.h"

void registerAllCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<InitCommand>());
    registry.add(std::make_unique<AssetListCommand>());
    registry.add(std::make_unique<AssetSetCommand>());
}
