using System.Buffers;
using System.Security.Cryptography;
using System.Text;
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
        return (Encoding.UTF8.GetString(bytes), hash);
    }

    public static CanonicalRecord Deserialize(string body)
        => JsonSerializer.Deserialize(body, CanonicalJsonContext.Default.CanonicalRecord)
           ?? throw new JsonException("A stored record body was empty.");

    /// <summary>
    /// <see cref="Serialize"/> for a batch: one JSON writer, buffer and SHA-256 reused for every record, rather than a
    /// new output array and hash context for each. The bytes, and so the hashes and derived keys, are the same.
    /// </summary>
    internal sealed class Encoder : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(4096);
        private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly Utf8JsonWriter _writer;

        public Encoder()
        {
            // What SerializeToUtf8Bytes writes with: the context's encoder, not indented.
            var options = CanonicalJsonContext.Default.Options;
            _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, SkipValidation = true });
        }

        public (string Body, string Hash) Serialize(CanonicalRecord record)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            JsonSerializer.Serialize(_writer, record, CanonicalJsonContext.Default.CanonicalRecord);
            var bytes = _buffer.WrittenSpan;
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            _sha256.AppendData(bytes);
            _sha256.GetHashAndReset(hash);
            return (Encoding.UTF8.GetString(bytes), Convert.ToHexStringLower(hash));
        }

        public void Dispose()
        {
            _writer.Dispose();
            _sha256.Dispose();
        }
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CanonicalRecord))]
internal sealed partial class CanonicalJsonContext : JsonSerializerContext;
