using System.ComponentModel.DataAnnotations;

namespace Chb.Hub.Options;

/// <summary>Limits and batching for pushes (section <c>Hub:Ingest</c>).</summary>
/// <remarks>
/// grpc-dotnet lifts Kestrel's request body limits for streaming calls, so these caps are what
/// bounds one push stream.
/// </remarks>
public sealed class IngestOptions
{
    public const string SectionName = "Hub:Ingest";

    /// <summary>Gets or sets the largest single gRPC message the hub accepts, in bytes.</summary>
    [Range(64 * 1024, 64 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Gets or sets how many messages one push stream may carry.</summary>
    [Range(1, long.MaxValue)]
    public long MaxMessagesPerStream { get; set; } = 1_000_000;

    /// <summary>Gets or sets how many bytes one push stream may carry.</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytesPerStream { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Gets or sets how long a push may go without a message before the hub ends it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets how many rows the hub commits in one transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Gets or sets the largest canonical record the hub stores, in bytes of its stored form.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRecordBytes { get; set; } = 256 * 1024;
}
