using System.ComponentModel.DataAnnotations;

namespace Chb.Hub.Linking;

/// <summary>How the linking projector follows the change sequence (section <c>Hub:Linking</c>).</summary>
public sealed class LinkingOptions
{
    public const string SectionName = "Hub:Linking";

    /// <summary>Gets or sets how many change sequences one projector transaction covers.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Gets or sets how often the projector looks for changes committed by other hub instances.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets how long the projector waits after a failed batch before trying again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
