using System.ComponentModel.DataAnnotations;

namespace Chb.Hub.Options;

/// <summary>Where the hub keeps its data (section <c>Hub:Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Hub:Storage";

    /// <summary>Gets or sets the provider: <c>Sqlite</c> (default, embedded), <c>PostgreSql</c> or <c>SqlServer</c>.</summary>
    [Required]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>Gets or sets the SQLite file, relative to the content root unless absolute.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/chb-hub.db";

    /// <summary>Gets or sets the connection string for a server database.</summary>
    public string? ConnectionString { get; set; }
}

public static class StorageProviders
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";
    public const string SqlServer = "SqlServer";
}
