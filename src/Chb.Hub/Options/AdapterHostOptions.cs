using System.ComponentModel.DataAnnotations;

namespace Chb.Hub.Options;

/// <summary>Where plugins live and how calls into them are guarded (section <c>Hub:Adapters</c>).</summary>
public sealed class AdapterHostOptions
{
    public const string SectionName = "Hub:Adapters";

    /// <summary>Gets or sets the plugin directory, relative to the hub's binaries unless absolute.</summary>
    [Required]
    public string Directory { get; set; } = "plugins";

    /// <summary>Gets or sets how long the hub waits for a plugin's next row once it has data to read.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan RowTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the failure ratio over the sampling window that trips an adapter's circuit breaker.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets how many pushes the breaker must see in its window before it may trip.</summary>
    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 3;

    /// <summary>Gets or sets the breaker's sampling window.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how long a tripped adapter refuses pushes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(1);
}
