using System.Text.Json.Serialization;

namespace Chb.Hub.Tactics;

/// <summary>The catalogue file's JSON shape. Unknown or repeated properties are errors, so a typo in law data cannot pass silently.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(CatalogueDocument))]
internal sealed partial class TacticsJson : JsonSerializerContext;
