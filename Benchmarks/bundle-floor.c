/* The floor for `selfassess aggregate` and `verify`: what any verifier of the same bundles must do,
 * and nothing else. For each bundle: read it, SHA-256 (OpenSSL) over every byte, libyaml's bare
 * event loop over every .yaml entry inside it (the container stores entries uncompressed; the
 * central directory is read to find them), and one Ed25519 verification (OpenSSL) of a signature
 * over its manifest.json. The signatures are made with a key generated here, outside the timed
 * part. Prints: bundles, bytes, YAML files, YAML bytes, events, then the CPU seconds (user+sys,
 * CLOCK_PROCESS_CPUTIME_ID) of reading + SHA-256, of YAML, of Ed25519, their total, and the
 * bundles skipped because they are not a stored ZIP with a manifest (hashed only).
 * Usage: bundle-floor BUNDLE… or bundle-floor - < list. Build: cc -O2 bundle-floor.c $(pkg-config --cflags --libs yaml-0.1 libcrypto) */
#include <openssl/evp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yaml.h>

static double cpu(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint32_t le32(const unsigned char *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t le16(const unsigned char *p) { return p[0] | p[1] << 8; }

static int ends_with(const unsigned char *name, size_t length, const char *suffix) {
    size_t n = strlen(suffix);
    return length >= n && memcmp(name + length - n, suffix, n) == 0;
}

/* The data of each stored entry: calls `each` with name and bytes; -1 on a malformed container. */
typedef void (*entry_fn)(const unsigned char *name, size_t name_length, const unsigned char *data,
                         size_t size, void *context);
static int entries(const unsigned char *zip, size_t size, entry_fn each, void *context) {
    if (size < 22) return -1;
    size_t end = size - 22;
    while (end > 0 && le32(zip + end) != 0x06054b50) end--;
    if (le32(zip + end) != 0x06054b50) return -1;
    size_t count = le16(zip + end + 10), offset = le32(zip + end + 16);
    for (size_t i = 0; i < count; i++) {
        if (offset + 46 > size || le32(zip + offset) != 0x02014b50) return -1;
        size_t method = le16(zip + offset + 10), stored = le32(zip + offset + 20);
        size_t name_length = le16(zip + offset + 28), extra = le16(zip + offset + 30);
        size_t comment = le16(zip + offset + 32), local = le32(zip + offset + 42);
        const unsigned char *name = zip + offset + 46;
        if (local + 30 > size || le32(zip + local) != 0x04034b50 || method != 0) return -1;
        size_t data = local + 30 + le16(zip + local + 26) + le16(zip + local + 28);
        if (data + stored > size) return -1;
        each(name, name_length, zip + data, stored, context);
        offset += 46 + name_length + extra + comment;
    }
    return 0;
}

struct yaml_context { long long files, bytes, events; };
static void yaml_entry(const unsigned char *name, size_t name_length, const unsigned char *data,
                       size_t size, void *context) {
    struct yaml_context *c = context;
    if (!ends_with(name, name_length, ".yaml")) return;
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, data, size);
    for (int done = 0; !done;) {
        if (!yaml_parser_parse(&parser, &event)) break;
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        c->events++;
    }
    yaml_parser_delete(&parser);
    c->files++;
    c->bytes += size;
}

struct manifest { const unsigned char *data; size_t size; };
static void manifest_entry(const unsigned char *name, size_t name_length, const unsigned char *data,
                           size_t size, void *context) {
    struct manifest *m = context;
    if (name_length == 13 && memcmp(name, "manifest.json", 13) == 0) {
        m->data = data;
        m->size = size;
    }
}

static unsigned char *read_file(const char *path, size_t *size) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long length = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *buffer = malloc(length > 0 ? length : 1);
    if (fread(buffer, 1, length, file) != (size_t)length) { free(buffer); buffer = NULL; }
    fclose(file);
    *size = length;
    return buffer;
}

int main(int argc, char **argv) {
    EVP_PKEY *key = NULL;
    EVP_PKEY_CTX *keygen = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, NULL);
    if (!keygen || EVP_PKEY_keygen_init(keygen) <= 0 || EVP_PKEY_keygen(keygen, &key) <= 0) return 2;
    EVP_PKEY_CTX_free(keygen);
    struct yaml_context yaml = {0, 0, 0};
    long long bundles = 0, bytes = 0, skipped = 0;
    double hashing = 0, parsing = 0, verifying = 0;
    /* The bundles are the arguments, or with `-` the lines of standard input. */
    int from_input = argc == 2 && strcmp(argv[1], "-") == 0;
    char line[4096];
    for (int i = 1; from_input || i < argc; i++) {
        const char *path = argv[i < argc ? i : 0];
        if (from_input) {
            if (!fgets(line, sizeof line, stdin)) break;
            line[strcspn(line, "\n")] = 0;
            path = line;
        }
        double t0 = cpu();
        size_t size;
        unsigned char *zip = read_file(path, &size);
        if (!zip) { perror(path); return 2; }
        unsigned char digest[32];
        unsigned int digest_length = 0;
        EVP_Digest(zip, size, digest, &digest_length, EVP_sha256(), NULL);
        double t1 = cpu();
        int malformed = entries(zip, size, yaml_entry, &yaml) != 0;
        double t2 = cpu();
        /* Untimed: sign the manifest, so that there is a signature to verify. A bundle that is
         * not a stored ZIP with a manifest (a planted broken one) is hashed and skipped. */
        struct manifest manifest = {NULL, 0};
        if (!malformed) entries(zip, size, manifest_entry, &manifest);
        if (!manifest.data) {
            hashing += t1 - t0;
            parsing += t2 - t1;
            bytes += size;
            bundles++;
            skipped++;
            free(zip);
            continue;
        }
        unsigned char signature[64];
        size_t signature_length = sizeof signature;
        EVP_MD_CTX *sign = EVP_MD_CTX_new();
        if (EVP_DigestSignInit(sign, NULL, NULL, NULL, key) <= 0 ||
            EVP_DigestSign(sign, signature, &signature_length, manifest.data, manifest.size) <= 0) return 2;
        EVP_MD_CTX_free(sign);
        double t3 = cpu();
        EVP_MD_CTX *verify = EVP_MD_CTX_new();
        if (EVP_DigestVerifyInit(verify, NULL, NULL, NULL, key) <= 0 ||
            EVP_DigestVerify(verify, signature, signature_length, manifest.data, manifest.size) != 1) {
            fprintf(stderr, "%s: the signature does not verify\n", path);
            return 2;
        }
        EVP_MD_CTX_free(verify);
        double t4 = cpu();
        hashing += t1 - t0;
        parsing += t2 - t1;
        verifying += t4 - t3;
        bytes += size;
        bundles++;
        free(zip);
    }
    EVP_PKEY_free(key);
    printf("%lld %lld %lld %lld %lld %.6f %.6f %.6f %.6f %lld\n", bundles, bytes, yaml.files,
           yaml.bytes, yaml.events, hashing, parsing, verifying, hashing + parsing + verifying, skipped);
    return 0;
}
