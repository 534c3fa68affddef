namespace Chb.Hub.Diagnostics;

/// <summary>
/// Every log line the hub writes. None carries record content: partner values can identify a person or a
/// source, so lines name references, counts and types only.
/// </summary>
internal static partial class HubLog
{
    [LoggerMessage(HubEventId.HubReady, LogLevel.Information, "CHB Hub ready: {Adapters} adapters loaded, {Refused} plugins refused, store {Provider}")]
    public static partial void HubReady(ILogger logger, int adapters, int refused, string provider);

    [LoggerMessage(HubEventId.StoreOpened, LogLevel.Information, "Opened {Provider} store at {Location} (journal {JournalMode})")]
    public static partial void StoreOpened(ILogger logger, string provider, string location, string journalMode);

    [LoggerMessage(HubEventId.ServerStoreOpened, LogLevel.Information, "Opened {Provider} store {Target} (server {ServerVersion})")]
    public static partial void ServerStoreOpened(ILogger logger, string provider, string target, string serverVersion);

    [LoggerMessage(HubEventId.StoreIntegrityFailed, LogLevel.Critical, "The store at {Location} failed its integrity check: {Result}")]
    public static partial void StoreIntegrityFailed(ILogger logger, string location, string result);

    [LoggerMessage(EventId = HubEventId.DevelopmentMode, Level = LogLevel.Warning,
        Message = "Development mode: tokens signed with the local key in {KeyPath} are trusted; mint one with `chb token`. Never use this mode for real data.")]
    public static partial void DevelopmentMode(ILogger logger, string keyPath);

    [LoggerMessage(EventId = HubEventId.Migration, Message = "Schema migration: {Message}")]
    public static partial void Migration(ILogger logger, LogLevel level, string message);

    [LoggerMessage(HubEventId.MigrationFailed, LogLevel.Error, "Schema migration failed: {Message}")]
    public static partial void MigrationFailed(ILogger logger, Exception exception, string message);

    [LoggerMessage(HubEventId.PushCompleted, LogLevel.Information, "Push {PushId} from {Agency} via {Adapter}: {Accepted} accepted, {Duplicates} duplicates, {Rejected} rejected")]
    public static partial void PushCompleted(ILogger logger, string pushId, string agency, string adapter, long accepted, long duplicates, long rejected);

    [LoggerMessage(HubEventId.UnhandledRpcError, LogLevel.Error, "Unhandled {ExceptionType} in {Method}")]
    public static partial void UnhandledRpcError(ILogger logger, string exceptionType, string method);

    [LoggerMessage(HubEventId.PluginDirectoryMissing, LogLevel.Warning, "Plugin directory {Directory} does not exist: no adapters loaded")]
    public static partial void PluginDirectoryMissing(ILogger logger, string directory);

    [LoggerMessage(HubEventId.PluginRefused, LogLevel.Error, "Refused plugin {Path}: {Reason}")]
    public static partial void PluginRefused(ILogger logger, string path, string reason);

    [LoggerMessage(HubEventId.AdapterLoaded, LogLevel.Information, "Loaded adapter {AdapterId} version {Version} from {Path}")]
    public static partial void AdapterLoaded(ILogger logger, string adapterId, string version, string path);

    [LoggerMessage(HubEventId.AdapterFaulted, LogLevel.Warning, "Adapter {AdapterId} faulted during push {PushId}: {Reason}")]
    public static partial void AdapterFaulted(ILogger logger, string adapterId, string pushId, string reason);

    [LoggerMessage(EventId = HubEventId.OpportunityBatch, Level = LogLevel.Debug,
        Message = "Opportunities projected from sequence {From} to {To}: {Subjects} subjects recomputed, {Events} changes; {FindMs:F0} ms finding them, {RecomputeMs:F0} ms recomputing")]
    public static partial void OpportunityBatch(ILogger logger, long from, long to, int subjects, int events, double findMs, double recomputeMs);

    [LoggerMessage(EventId = HubEventId.OpportunityFailed, Level = LogLevel.Error,
        Message = "Opportunity projection failed ({ExceptionType}); retrying in {Delay}")]
    public static partial void OpportunityFailed(ILogger logger, Exception exception, string exceptionType, TimeSpan delay);
}
