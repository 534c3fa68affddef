using System.Text.Json.Serialization;
using Chb.Linking;

namespace Chb.Hub.Linking;

/// <summary>The stored forms of matcher inputs and link evidence.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PersonRecord))]
[JsonSerializable(typeof(PlaceRecord))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class LinkingJson : JsonSerializerContext;
