/* status.c — warta_status_str. */
#include "../../include/warta.h"

const char *warta_status_str(warta_status st)
{
    switch (st) {
    case WARTA_OK: return "ok";
    case WARTA_ENOMEM: return "out of memory";
    case WARTA_EIO: return "cannot read file";
    case WARTA_EDATA: return "dictionary fault";
    case WARTA_EINPUT: return "malformed input";
    case WARTA_EINVAL: return "invalid argument";
    }
    return "unknown status";
}
