/* ProcessPrng for Wine 8, which lacks it (real Windows 10 and later have it).
 *
 * Rust's standard library (1.78 and later) asks bcryptprimitives.dll for random
 * bytes (HashMap seeds, temporary file names). scripts/windows-check.sh builds this
 * file into a bcryptprimitives.dll placed next to aqor.exe, used only under Wine;
 * it is never shipped. It forwards to RtlGenRandom (advapi32's SystemFunction036),
 * which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
