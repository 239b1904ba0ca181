#include "allcommands.h"

#include "commandregistry.h"
#include "commands/algorandoptincommand.h"
#include "commands/algorandoptinscommand.h"
#include "commands/apiclientaddcommand.h"
#include "commands/apiclientdisablecommand.h"
#include "commands/apiclientlistcommand.h"
#include "commands/chainlistcommand.h"
#include "commands/chainsetcommand.h"
#include "commands/tradeaddresslistcommand.h"
#include "commands/tradeaddresssetcommand.h"
#include "commands/tradeaddressgeneratecommand.h"
#include "commands/tradeaddressimportcommand.h"
#include "commands/depositassigncommand.h"
#include "commands/depositingestcommand.h"
#include "commands/depositslistcommand.h"
#include "commands/walletaddcommand.h"
#include "commands/walletscommand.h"
#include "commands/assetaddcommand.h"
#include "commands/assetlistcommand.h"
#include "commands/assetsetcommand.h"
#include "commands/auditlistcommand.h"
#include "commands/auditverifycommand.h"
#include "commands/initcommand.h"
#include "commands/dbgrantconsolecommand.h"
#include "commands/ledgeradjustcommand.h"
#include "commands/ledgerbalancescommand.h"
#include "commands/ledgercheckcommand.h"
#include "commands/migratecommand.h"
#include "commands/backupcommand.h"
#include "commands/restorecommand.h"
#include "commands/ledgerstatementcommand.h"
#include "commands/operatoraddcommand.h"
#include "commands/operatordisablecommand.h"
#include "commands/operatorlistcommand.h"
#include "commands/operatorresetpasswordcommand.h"
#include "commands/operatorregisterkeycommand.h"
#include "commands/operatorsetrolecommand.h"
#include "commands/sigverifycommand.h"
#include "commands/addressvalidatecommand.h"
#include "commands/txidvalidatecommand.h"
#include "commands/txdecodecommand.h"
#include "commands/orderslistcommand.h"
#include "commands/orderscancelcommand.h"
#include "commands/statscommand.h"
#include "commands/stellarchannelscommand.h"
#include "commands/stellarmemorequiredcommand.h"
#include "commands/stellartrustlinecommand.h"
#include "commands/stellartrustlinescommand.h"
#include "commands/servecommand.h"
#include "commands/watchcommand.h"
#include "commands/collectcommand.h"
#include "commands/customeraddcommand.h"
#include "commands/customerdepositaddresscommand.h"
#include "commands/depositpoolcommand.h"
#include "commands/customeraddressesaddcommand.h"
#include "commands/customeraddresseslistcommand.h"
#include "commands/customeraddressesremovecommand.h"
#include "commands/customerimportcommand.h"
#include "commands/customerkeysaddcommand.h"
#include "commands/customerkeyslistcommand.h"
#include "commands/customerkeysremovecommand.h"
#include "commands/customerkeysrequirecommand.h"
#include "commands/customerlistcommand.h"
#include "commands/customershowcommand.h"
#include "commands/customerstatecommand.h"
#include "commands/customerupdatecommand.h"
#include "commands/vaultinitcommand.h"
#include "commands/vaultpincommand.h"
#include "commands/vaultimportseedcommand.h"
#include "commands/withdrawrequestcommand.h"
#include "commands/withdrawalslistcommand.h"
#include "commands/withdrawalsapprovecommand.h"
#include "commands/withdrawalsspeedupcommand.h"
#include "commands/withdrawalsrejectcommand.h"
#include "commands/withdrawalsstepcommand.h"
#include "commands/withdrawalsmanualcommand.h"
#include "commands/withdrawalstxidcommand.h"
#include "commands/withdrawalsreleasecommand.h"
#include "commands/payoutsruncommand.h"
#include "commands/vaultimporthotkeycommand.h"
#include "commands/replenishcommand.h"
#include "commands/webhookaddcommand.h"
#include "commands/webhookdeliveriescommand.h"
#include "commands/webhooklistcommand.h"
#include "commands/webhookremovecommand.h"
#include "commands/webhookretrycommand.h"

void registerAllCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<DepositsListCommand>());
    registry.add(std::make_unique<DepositIngestCommand>());
    registry.add(std::make_unique<DepositAssignCommand>());
    registry.add(std::make_unique<WatchCommand>());
    registry.add(std::make_unique<CollectCommand>());
    registry.add(std::make_unique<VaultInitCommand>());
    registry.add(std::make_unique<VaultPinCommand>());
    registry.add(std::make_unique<VaultImportSeedCommand>());
    registry.add(std::make_unique<VaultImportHotKeyCommand>());
    registry.add(std::make_unique<WalletsCommand>());
    registry.add(std::make_unique<WalletAddCommand>());
    registry.add(std::make_unique<ChainSetCommand>());
    registry.add(std::make_unique<ChainListCommand>());
    registry.add(std::make_unique<AlgorandOptInCommand>());
    registry.add(std::make_unique<AlgorandOptInsCommand>());
    registry.add(std::make_unique<TradeAddressSetCommand>());
    registry.add(std::make_unique<TradeAddressListCommand>());
    registry.add(std::make_unique<TradeAddressGenerateCommand>());
    registry.add(std::make_unique<TradeAddressImportCommand>());
    registry.add(std::make_unique<InitCommand>());
    registry.add(std::make_unique<DbGrantConsoleCommand>());
    registry.add(std::make_unique<AssetListCommand>());
    registry.add(std::make_unique<AssetAddCommand>());
    registry.add(std::make_unique<AssetSetCommand>());
    registry.add(std::make_unique<LedgerBalancesCommand>());
    registry.add(std::make_unique<LedgerStatementCommand>());
    registry.add(std::make_unique<LedgerAdjustCommand>());
    registry.add(std::make_unique<LedgerCheckCommand>());
    registry.add(std::make_unique<MigrateCommand>());
    registry.add(std::make_unique<BackupCommand>());
    registry.add(std::make_unique<RestoreCommand>());
    registry.add(std::make_unique<OperatorAddCommand>());
    registry.add(std::make_unique<OperatorListCommand>());
    registry.add(std::make_unique<OperatorDisableCommand>());
    registry.add(std::make_unique<OperatorSetRoleCommand>());
    registry.add(std::make_unique<OperatorRegisterKeyCommand>());
    registry.add(std::make_unique<OperatorResetPasswordCommand>());
    registry.add(std::make_unique<AuditListCommand>());
    registry.add(std::make_unique<AuditVerifyCommand>());
    registry.add(std::make_unique<SigVerifyCommand>());
    registry.add(std::make_unique<AddressValidateCommand>());
    registry.add(std::make_unique<TxidValidateCommand>());
    registry.add(std::make_unique<TxDecodeCommand>());
    registry.add(std::make_unique<OrdersListCommand>());
    registry.add(std::make_unique<OrdersCancelCommand>());
    registry.add(std::make_unique<StatsCommand>());
    registry.add(std::make_unique<ServeCommand>());
    registry.add(std::make_unique<ApiClientAddCommand>());
    registry.add(std::make_unique<ApiClientListCommand>());
    registry.add(std::make_unique<ApiClientDisableCommand>());
    registry.add(std::make_unique<WebhookAddCommand>());
    registry.add(std::make_unique<WebhookListCommand>());
    registry.add(std::make_unique<WebhookRemoveCommand>());
    registry.add(std::make_unique<WebhookDeliveriesCommand>());
    registry.add(std::make_unique<WebhookRetryCommand>());
    registry.add(std::make_unique<CustomerAddCommand>());
    registry.add(std::make_unique<CustomerUpdateCommand>());
    registry.add(std::make_unique<CustomerStateCommand>(CustomerStateCommand::Change::Freeze));
    registry.add(std::make_unique<CustomerStateCommand>(CustomerStateCommand::Change::Unfreeze));
    registry.add(std::make_unique<CustomerStateCommand>(CustomerStateCommand::Change::Close));
    registry.add(std::make_unique<CustomerShowCommand>());
    registry.add(std::make_unique<CustomerListCommand>());
    registry.add(std::make_unique<CustomerImportCommand>());
    registry.add(std::make_unique<CustomerDepositAddressCommand>());
    registry.add(std::make_unique<DepositPoolCommand>());
    registry.add(std::make_unique<CustomerAddressesAddCommand>());
    registry.add(std::make_unique<CustomerAddressesRemoveCommand>());
    registry.add(std::make_unique<CustomerAddressesListCommand>());
    registry.add(std::make_unique<CustomerKeysAddCommand>());
    registry.add(std::make_unique<CustomerKeysListCommand>());
    registry.add(std::make_unique<CustomerKeysRemoveCommand>());
    registry.add(std::make_unique<CustomerKeysRequireCommand>());
    registry.add(std::make_unique<WithdrawRequestCommand>());
    registry.add(std::make_unique<WithdrawalsListCommand>());
    registry.add(std::make_unique<WithdrawalsApproveCommand>());
    registry.add(std::make_unique<WithdrawalsRejectCommand>());
    registry.add(WithdrawalsStepCommand::cancel());
    registry.add(WithdrawalsStepCommand::retry());
    registry.add(std::make_unique<WithdrawalsManualCommand>());
    registry.add(std::make_unique<WithdrawalsTxidCommand>());
    registry.add(std::make_unique<WithdrawalsReleaseCommand>());
    registry.add(std::make_unique<WithdrawalsSpeedUpCommand>());
    registry.add(std::make_unique<PayoutsRunCommand>());
    registry.add(std::make_unique<ReplenishCommand>());
    registry.add(std::make_unique<StellarChannelsCommand>());
    registry.add(std::make_unique<StellarMemoRequiredCommand>());
    registry.add(std::make_unique<StellarTrustlineCommand>());
    registry.add(std::make_unique<StellarTrustlinesCommand>());
}
