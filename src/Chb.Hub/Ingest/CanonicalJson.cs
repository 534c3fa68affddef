using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chb.Adapters;

namespace Chb.Hub.Ingest;

/// <summary>The stored form of a canonical record and the content hash its versions are keyed by.</summary>
internal static class CanonicalJson
{
    public static (string Body, string Hash) Serialize(CanonicalRecord record)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(record, CanonicalJsonContext.Default.CanonicalRecord);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return (System.Text.Encoding.UTF8.GetString(bytes), hash);
    }

    public static CanonicalRecord Deserialize(string body)
        => JsonSerializer.Deserialize(body, CanonicalJsonContext.Default.CanonicalRecord)
           ?? throw new JsonException("A stored record body was empty.");
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CanonicalRecord))]
internal sealed partial class CanonicalJsonContext : JsonSerializerContext;
