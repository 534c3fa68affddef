using Chb.Hub.Security;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Audit;

/// <summary>The key checkpoints are signed with: configured, or made once and kept in an owner-only file.</summary>
internal sealed class AuditCheckpointKey(IOptions<AuditOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<byte[]> _value = new(() =>
    {
        var configured = options.Value.CheckpointKey;
        if (!string.IsNullOrEmpty(configured))
        {
            return Convert.FromBase64String(configured);
        }

        var path = options.Value.CheckpointKeyPath;
        return DevelopmentSigningKey.LoadOrCreate(Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path));
    });

    public byte[] Value => _value.Value;
}
