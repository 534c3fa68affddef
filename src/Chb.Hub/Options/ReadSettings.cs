using System.ComponentModel.DataAnnotations;

namespace Chb.Hub.Options;

/// <summary>Read-your-writes behaviour (section <c>Hub:Reads</c>).</summary>
public sealed class ReadSettings
{
    public const string SectionName = "Hub:Reads";

    /// <summary>Gets or sets how long a read waits for a requested change sequence before it fails.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan MinSequenceWait { get; set; } = TimeSpan.FromSeconds(5);
}
