using System.ComponentModel.DataAnnotations;

namespace Chb.Hub.Linking;

/// <summary>How the linking projector follows the change sequence (section <c>Hub:Linking</c>).</summary>
public sealed class LinkingOptions
{
    public const string SectionName = "Hub:Linking";

    /// <summary>Gets or sets how many change sequences one projector transaction covers while others are writing.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Gets or sets how many change sequences one projector transaction may cover when nobody else is writing (at least <see cref="BatchSize"/>).</summary>
    [Range(1, 100_000)]
    public int MaxBatchSize { get; set; } = 4_000;

    /// <summary>Gets or sets how often the projector looks for changes committed by other hub instances.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Gets or sets the largest share of time the projector may hold the store's write path. Links are derived and
    /// may lag; acknowledging partners' records must not wait behind them. After a batch that took t, the projector
    /// rests t × (1 − share) / share before the next, when any other write started during it; with the write path
    /// to itself it goes straight on.
    /// </summary>
    [Range(0.05, 1.0)]
    public double MaxWriteShare { get; set; } = 0.5;

    /// <summary>Gets or sets how long the projector waits after a failed batch before trying again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
