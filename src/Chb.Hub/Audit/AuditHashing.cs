using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Chb.Hub.Audit;

/// <summary>
/// The chain's arithmetic: entry_hash = SHA-256(previous hash ‖ canonical bytes of the entry). Fields are
/// written in a fixed order, each UTF-8 and length-prefixed, so no two entries encode alike and no
/// user text can forge a field boundary.
/// </summary>
internal static class AuditHashing
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string EntryHash(string previousHash, long position, DateTimeOffset at, AuditEvent e)
    {
        using var buffer = new MemoryStream();
        Write(buffer, previousHash);
        Write(buffer, position.ToString(CultureInfo.InvariantCulture));
        Write(buffer, at.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Write(buffer, e.Actor);
        Write(buffer, e.ActorRole);
        Write(buffer, e.ActorAgency);
        Write(buffer, e.Action);
        Write(buffer, e.Purpose ?? string.Empty);
        WriteList(buffer, e.Subjects);
        WriteList(buffer, e.Disclosed);
        WriteList(buffer, e.Withheld);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    public static string Sign(byte[] key, long position, string headHash, DateTimeOffset at)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"chb-audit-checkpoint\n{position}\n{headHash}\n{at.UtcTicks}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
    }

    private static void WriteList(Stream buffer, IReadOnlyList<string> values)
    {
        Write(buffer, values.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var value in values)
        {
            Write(buffer, value);
        }
    }

    private static void Write(Stream buffer, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }
}
