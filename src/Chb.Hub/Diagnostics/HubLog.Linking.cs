namespace Chb.Hub.Diagnostics;

/// <summary>Linking log lines: sequences, ids and counts only, never a name, date of birth or address.</summary>
internal static partial class HubLog
{
    [LoggerMessage(HubEventId.LinkingBatch, LogLevel.Debug, "Linked changes {From} to {To}: {Records} records, {Skipped} unreadable, {Pairs} pairs stored for {Scored} mentions scored and {Reweighed} pairs weighed again, {Reclustered} mentions reclustered, {Clusters} clusters changed; {ApplyMs:F0} ms applying, {ScoreMs:F0} ms scoring, {ClusterMs:F0} ms clustering")]
    public static partial void LinkingBatch(ILogger logger, long from, long to, int records, int skipped, int pairs, int scored, int reweighed, int reclustered, int clusters, double applyMs, double scoreMs, double clusterMs);

    [LoggerMessage(HubEventId.LinkingFailed, LogLevel.Error, "Linking batch failed with {ExceptionType}; retrying after {Delay}")]
    public static partial void LinkingFailed(ILogger logger, Exception exception, string exceptionType, TimeSpan delay);

    [LoggerMessage(HubEventId.LinkingRecordSkipped, LogLevel.Warning, "Source record at sequence {Sequence} could not be read for linking; it contributes no subjects")]
    public static partial void LinkingRecordSkipped(ILogger logger, long sequence);

    [LoggerMessage(HubEventId.LinkingRebuild, LogLevel.Information, "Linking projection reset for rebuild up to change sequence {Sequence}")]
    public static partial void LinkingRebuild(ILogger logger, long sequence);

    [LoggerMessage(HubEventId.LinkingJudgement, LogLevel.Information, "Judgement {Judgement} on link {LinkId} recorded at change sequence {Sequence}")]
    public static partial void LinkingJudgement(ILogger logger, string judgement, string linkId, long sequence);
}
