using System.Security.Cryptography;

namespace Chb.Hub.Security;

/// <summary>
/// The local signing key of development mode: made once, kept in a file only its owner can read, so the
/// CLI on the same machine can mint tokens for any persona.
/// </summary>
internal static class DevelopmentSigningKey
{
    public static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Chb.Contracts.Security.HubDevelopmentKey.Read(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        return key;
    }
}
