using System.ComponentModel.DataAnnotations;

namespace Chb.Hub.Options;

/// <summary>Where the hub keeps its data (section <c>Hub:Storage</c>).</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Hub:Storage";

    /// <summary>Gets or sets the provider: <c>Sqlite</c> (default, embedded), <c>PostgreSql</c> or <c>SqlServer</c>.</summary>
    [Required]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>Gets or sets the SQLite file, relative to the content root unless absolute.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/chb-hub.db";

    /// <summary>
    /// Gets or sets each SQLite connection's page cache in MiB. Every pooled connection has its own, so the hub's memory
    /// grows with it; pages it cannot hold are read from the operating system's file cache.
    /// </summary>
    [Range(2, 1024)]
    public int SqliteCacheMiB { get; set; } = 16;

    /// <summary>Gets or sets the connection string for a server database (PostgreSql, SqlServer).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets how often a store call that failed transiently is tried again.</summary>
    [Range(1, 20)]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Gets or sets how long one attempt of a store call (a whole write transaction) may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long a store call may take over all its attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!StorageProviders.All.Contains(Provider, StringComparer.Ordinal))
        {
            yield return new ValidationResult(
                $"Provider '{Provider}' is not one of {string.Join(", ", StorageProviders.All)}.", [nameof(Provider)]);
        }
        else if (Provider != StorageProviders.Sqlite && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult($"ConnectionString is required for the {Provider} provider.", [nameof(ConnectionString)]);
        }
    }
}

public static class StorageProviders
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";
    public const string SqlServer = "SqlServer";

    public static IReadOnlyList<string> All { get; } = [Sqlite, PostgreSql, SqlServer];
}
