namespace Chb.Hub.Resilience;

/// <summary>Names of the resilience pipelines defined at start.</summary>
internal static class ResiliencePipelineKeys
{
    /// <summary>Bounds each wait for a plugin's next row.</summary>
    public const string AdapterRow = "adapter-row";

    /// <summary>Bounds each wait for a pusher's next message.</summary>
    public const string PushIdle = "push-idle";

    /// <summary>Bounds a read's wait for a requested change sequence.</summary>
    public const string ReadBarrier = "read-barrier";

    /// <summary>Retries store calls (a whole write transaction, or a read) after transient failures.</summary>
    public const string Store = "store";
}
