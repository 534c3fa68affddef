using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chb.Hub.Tactics;

/// <summary>The versioned catalogue of disruption tactics, loaded from data and validated as a whole.</summary>
internal sealed partial class TacticCatalogue
{
    private readonly FrozenDictionary<string, Tactic> _byId;

    private TacticCatalogue(string version, IReadOnlyList<Tactic> tactics)
    {
        Version = version;
        Tactics = tactics;
        _byId = tactics.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the catalogue's version, such as <c>2026-11-25.1</c>.</summary>
    public string Version { get; }

    /// <summary>Gets every tactic, ordered by id.</summary>
    public IReadOnlyList<Tactic> Tactics { get; }

    public Tactic? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads and validates a catalogue file.</summary>
    /// <exception cref="TacticCatalogueException">The file is missing, not valid JSON of the catalogue's shape, or breaks a rule.</exception>
    public static TacticCatalogue Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TacticCatalogueException($"'{path}'", [new TacticCatalogueProblem(null, "file", $"cannot be read: {ex.Message}")], ex);
        }

        return Parse(json, $"'{path}'");
    }

    /// <summary>Parses and validates catalogue JSON.</summary>
    /// <exception cref="TacticCatalogueException">The JSON is malformed, has an unknown property, or breaks a rule.</exception>
    public static TacticCatalogue Parse(string json) => Parse(json, "text");

    private static TacticCatalogue Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        CatalogueDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, TacticsJson.Default.CatalogueDocument);
        }
        catch (JsonException ex)
        {
            throw new TacticCatalogueException(source, [CatalogueJsonErrors.Describe(json, ex)], ex);
        }

        var problems = new List<TacticCatalogueProblem>();
        var tactics = Validate(document, problems);
        if (problems.Count > 0)
        {
            throw new TacticCatalogueException(source, problems);
        }

        return new TacticCatalogue(document!.Version!, [.. tactics.OrderBy(t => t.Id, StringComparer.Ordinal)]);
    }

    private static List<Tactic> Validate(CatalogueDocument? document, List<TacticCatalogueProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(document?.Version) || !VersionPattern().IsMatch(document.Version))
        {
            problems.Add(new(null, "version", $"must look like 2026-11-25.1 (a date and a revision), not '{document?.Version}'"));
        }

        if (document?.Tactics is not { Count: > 0 } entries)
        {
            problems.Add(new(null, "tactics", "must list at least one tactic"));
            return [];
        }

        var tactics = new List<Tactic>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var label = string.IsNullOrWhiteSpace(entry?.Id) ? $"tactics[{i}]" : entry.Id;
            if (entry is null)
            {
                problems.Add(new(label, "tactics", "must be an object, not null"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.Id) || !IdPattern().IsMatch(entry.Id))
            {
                problems.Add(new(label, "id", $"must look like H2 or X3A, not '{entry.Id}'"));
            }
            else if (!ids.Add(entry.Id))
            {
                problems.Add(new(label, "id", "is used by more than one tactic"));
            }

            if (new TacticEntryValidator(label, problems).Validate(entry) is { } tactic)
            {
                tactics.Add(tactic);
            }
        }

        CheckFeeds(entries, ids, problems);
        return tactics;
    }

    private static void CheckFeeds(List<TacticEntry?> entries, HashSet<string> ids, List<TacticCatalogueProblem> problems)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not { } entry)
            {
                continue;
            }

            var label = string.IsNullOrWhiteSpace(entry.Id) ? $"tactics[{i}]" : entry.Id;
            foreach (var target in entry.FeedsInto ?? [])
            {
                if (target is null || !ids.Contains(target))
                {
                    problems.Add(new(label, "feedsInto", $"'{target}' is not the id of a tactic in this catalogue"));
                }
                else if (string.Equals(target, entry.Id, StringComparison.Ordinal))
                {
                    problems.Add(new(label, "feedsInto", "a tactic cannot feed into itself"));
                }
            }
        }
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[A-Z]{1,2}[0-9]{1,2}[A-Z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
