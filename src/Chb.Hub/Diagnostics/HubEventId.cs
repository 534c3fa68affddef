namespace Chb.Hub.Diagnostics;

/// <summary>Event id ranges: 1000s start and configuration, 2000s gRPC, 3000s data, 4000s adapters.</summary>
internal static class HubEventId
{
    public const int HubReady = 1001;
    public const int DevelopmentMode = 1002;
    public const int StoreOpened = 3001;
    public const int StoreIntegrityFailed = 3002;
    public const int Migration = 3003;
    public const int MigrationFailed = 3004;
    public const int ServerStoreOpened = 3005;
    public const int PushCompleted = 2001;
    public const int UnhandledRpcError = 2002;
    public const int PluginDirectoryMissing = 4001;
    public const int PluginRefused = 4002;
    public const int AdapterLoaded = 4003;
    public const int AdapterFaulted = 4004;

    // 6000s: linking nominals and locations.
    public const int LinkingBatch = 6001;
    public const int LinkingFailed = 6002;
    public const int LinkingRecordSkipped = 6003;
    public const int LinkingRebuild = 6004;
    public const int LinkingJudgement = 6005;

    // 7000s: disruption opportunities.
    public const int OpportunityBatch = 7001;
    public const int OpportunityFailed = 7002;
}
