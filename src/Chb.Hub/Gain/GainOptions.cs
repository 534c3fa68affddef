using System.ComponentModel.DataAnnotations;

namespace Chb.Hub.GainCoordination;

/// <summary>GAIN views and disclosure requests (section <c>Hub:Gain</c>).</summary>
public sealed class GainOptions
{
    public const string SectionName = "Hub:Gain";

    /// <summary>
    /// Gets or sets the small-count threshold: a count above zero and below it is not published. The default, 5, is the
    /// usual floor for published crime and health statistics about people; 1 turns suppression off.
    /// </summary>
    [Range(1, 1000)]
    public int SuppressBelow { get; set; } = 5;

    /// <summary>Gets or sets the most months one site view or baseline may span.</summary>
    [Range(1, 600)]
    public int MaxMonths { get; set; } = 120;
}
