using System.ComponentModel.DataAnnotations;

namespace Chb.Hub.Tactics;

/// <summary>Where the tactics catalogue is read from (section <c>Hub:Tactics</c>).</summary>
public sealed class TacticsOptions
{
    public const string SectionName = "Hub:Tactics";

    /// <summary>Gets or sets the catalogue file; a relative path is taken from the application's base directory.</summary>
    /// <value>Defaults to <c>Tactics/catalogue.json</c>, the file shipped with the hub.</value>
    [Required]
    public string CataloguePath { get; set; } = "Tactics/catalogue.json";

    /// <summary>Gets the absolute path of the catalogue file.</summary>
    public string ResolveCataloguePath()
        => Path.IsPathRooted(CataloguePath) ? CataloguePath : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, CataloguePath));
}
