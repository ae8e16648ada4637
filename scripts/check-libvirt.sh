#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# make check-libvirt: the device as libvirt users get it.  Installs libvirt
# from bookworm-backports (Debian 12's own 9.0 drops <crypto>), starts
# virtlogd and libvirtd if they are not running, and, with our QEMU as the
# domain's <emulator> and <crypto model='virtio' type='qemu'><backend
# model='builtin' queues='2'/></crypto>:
# - checks that libvirt validates the XML and passes the device on;
# - runs the Linux guest test (guest/test.sh) in such a domain;
# - saves the domain with virsh save while the guest runs AES-CBC, restores
#   it, and checks every answer the guest printed, before and after.
# "check-libvirt.sh boot LOG ARGS..." boots the guest image in a transient
# domain (guest/test.sh's QVC_BOOT).  Ends with "N passed, N failed".
set -euo pipefail
. "$(dirname "$0")/guest/lib.sh"
# bounded: a stuck daemon or QEMU fails the check instead of hanging it
VIRSH=(timeout 120 virsh -q -c qemu:///system)
DOM=qvc-check-libvirt
WORK=$BUILD/libvirt
LIBVIRT_PKGS=(libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients)

# libvirt runs QEMU as libvirt-qemu.  A checkout that user cannot read (one
# under /root) gets this domain's QEMU as root instead, files left as they are.
seclabel() {
    local f
    for f in "$QEMU_BIN" "${QVC_KERNEL:-$GUEST/vmlinuz}" "${QVC_INITRD:-$GUEST/initramfs.gz}"; do
        runuser -u libvirt-qemu -- test -r "$f" 2>/dev/null || {
            echo "<seclabel type='static' model='dac' relabel='no'><label>+0:+0</label></seclabel>"
            return
        }
    done
}

domain_xml() {  # LOG KERNEL-ARGS...: a domain of our QEMU booting the image
    local log=$1
    shift
    # As guest_boot's QEMU: ACPI (without <acpi/> libvirt passes acpi=off,
    # and SeaBIOS then makes PIIX tables for q35), and -no-reboot (on_reboot
    # destroy: a guest that panics must end, not boot again).
    cat <<XML
<domain type='qemu'>
  <name>$DOM</name>
  <memory unit='MiB'>512</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <kernel>${QVC_KERNEL:-$GUEST/vmlinuz}</kernel>
    <initrd>${QVC_INITRD:-$GUEST/initramfs.gz}</initrd>
    <cmdline>console=ttyS0 quiet panic=-1 $*</cmdline>
  </os>
  <features>
    <acpi/>
  </features>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>destroy</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <emulator>$QEMU_BIN</emulator>
    <serial type='file'>
      <source path='$log' append='on'/>
      <target port='0'/>
    </serial>
    <crypto model='virtio' type='qemu'>
      <backend model='builtin' queues='2'/>
    </crypto>
    <memballoon model='none'/>
  </devices>
  $(seclabel)
</domain>
XML
}

# Our domains are transient: one that exists has not ended yet.
exists() { "${VIRSH[@]}" domstate "$DOM" >/dev/null 2>&1; }

wait_gone() {  # SECONDS: until the domain has ended; 124 (and destroyed) if not
    local t=0
    while exists; do
        [ "$t" -lt "$1" ] || { "${VIRSH[@]}" destroy "$DOM" >/dev/null 2>&1; return 124; }
        sleep 1
        t=$((t + 1))
    done
}

unix_log() { tr -d '\r' <"$1" >"$1.tmp" && mv "$1.tmp" "$1"; }  # LOG: as guest_boot's

libvirt_boot() {  # LOG KERNEL-ARGS...: the guest in a transient domain
    local log=$1 rc=0
    mkdir -p "$WORK"
    : >"$log"
    domain_xml "$@" >"$WORK/boot.xml"
    log "booting the guest through libvirt ($DOM), console -> $log"
    "${VIRSH[@]}" create "$WORK/boot.xml" >/dev/null
    wait_gone "${GUEST_TIMEOUT:-300}" || rc=$?
    unix_log "$log"
    return "$rc"
}

if [ "${1:-}" = boot ]; then
    shift
    libvirt_boot "$@"
    exit
fi

# libvirt from bookworm-backports, and its daemon
case $(dpkg-query -W -f '${Version}' libvirt-daemon-driver-qemu 2>/dev/null || true) in
*bpo12*) ;;
*)
    bash "$TOP/scripts/deps.sh"  # it adds bookworm-backports to apt's sources
    log "installing libvirt from bookworm-backports"
    as_root env DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -q \
        --no-install-recommends -t bookworm-backports "${LIBVIRT_PKGS[@]}" >/dev/null
    ;;
esac
mkdir -p "$WORK"
# No systemd here (a container): start the daemons by hand, with our own
# pid files, so that the end stops exactly those.  A running libvirtd (the
# host's) is used as it is and left alone.
started=()
if ! "${VIRSH[@]}" version >/dev/null 2>&1; then
    as_root mkdir -p /run/libvirt
    for d in virtlogd libvirtd; do  # libvirtd hands QEMU's output to virtlogd
        pgrep -x "$d" >/dev/null && continue
        rm -f "$WORK/$d.pid"
        as_root "$d" -d -p "$WORK/$d.pid"
        started+=("$d")
    done
    for _ in $(seq 30); do "${VIRSH[@]}" version >/dev/null 2>&1 && break; sleep 1; done
fi
stop() {
    local d pid
    "${VIRSH[@]}" destroy "$DOM" >/dev/null 2>&1 || true
    "${VIRSH[@]}" undefine "$DOM" >/dev/null 2>&1 || true
    for d in "${started[@]}"; do
        pid=$(cat "$WORK/$d.pid" 2>/dev/null) || continue
        as_root kill "$pid" 2>/dev/null || continue
        for _ in $(seq 20); do as_root kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    done
}
trap stop EXIT
"${VIRSH[@]}" version >/dev/null || die "no libvirtd at qemu:///system (see /var/log/libvirt/libvirtd.log)"
stop_leftover() { "${VIRSH[@]}" destroy "$DOM" >/dev/null 2>&1 || true; "${VIRSH[@]}" undefine "$DOM" >/dev/null 2>&1 || true; }
stop_leftover  # of an interrupted run
echo "# $("${VIRSH[@]}" version | grep -i 'using library'), package" \
    "$(dpkg-query -W -f '${Version}' libvirt-daemon-driver-qemu); started here: ${started[*]:-none}"
"$TOP/scripts/guest/image.sh"

# what libvirt makes of the XML
domain_xml "$WORK/console.log" qvc.mode=demo >"$WORK/domain.xml"
caps_ok() {  # libvirt probed our binary (QMP) and found the device and backend
    "${VIRSH[@]}" domcapabilities --emulatorbin "$QEMU_BIN" --virttype qemu --machine q35 |
        sed -n '/<crypto /,/<\/crypto>/p' | grep '<value>builtin</value>' >/dev/null
}
check "libvirt sees our QEMU's virtio-crypto and builtin backend" caps_ok
check "virsh define --validate takes <crypto> with queues='2'" \
    "${VIRSH[@]}" define --validate "$WORK/domain.xml"
stop_leftover
argv_ok() {  # CMDLINE: has our backend with 2 queues, and the device
    grep 'cryptodev-backend-builtin' <<<"$1" | grep '"queues":2' >/dev/null &&
        grep -q '"driver":"virtio-crypto-pci"' <<<"$1"
}
native_ok() { argv_ok "$("${VIRSH[@]}" domxml-to-native qemu-argv --xml "$WORK/domain.xml")"; }
check "libvirt's command line: cryptodev-backend-builtin, queues=2, virtio-crypto-pci" native_ok

# the guest test, booted by libvirt
guest_ok() {
    QVC_BOOT="bash $TOP/scripts/check-libvirt.sh boot" bash "$TOP/scripts/guest/test.sh" \
        >"$WORK/guest-test.log" 2>&1
}
check "the Linux guest test in a libvirt domain ($(basename "$WORK")/guest-test.log)" guest_ok
grep -E '^(not ok|[0-9]+ passed)' "$WORK/guest-test.log" | sed 's/^/# /' || true
# what QEMU was really started with: libvirt's log of the last start, kept
awk '/: starting up /{ b = "" } { b = b $0 "\n" } END { printf "%s", b }' \
    "/var/log/libvirt/qemu/$DOM.log" >"$WORK/qemu.log" 2>/dev/null || true
check "QEMU ran with them (libvirt's qemu log)" argv_ok "$(cat "$WORK/qemu.log" 2>/dev/null)"

# virsh save and restore while the guest encrypts
ROUNDS=30
LENS=(4096 65536)
LOG=$WORK/soak.log
: >"$LOG"
rm -f "$WORK/soak.save"
domain_xml "$LOG" "qvc.mode=soak qvc.rounds=$ROUNDS qvc.lens=$(IFS=,; echo "${LENS[*]}")" >"$WORK/soak.xml"
"${VIRSH[@]}" create "$WORK/soak.xml" >/dev/null
t=0
until grep -q '^QVC-OUT mode=r3 ' "$LOG" || [ "$t" -ge 300 ]; do sleep 1; t=$((t + 1)); done
save_ok() { "${VIRSH[@]}" save "$DOM" "$WORK/soak.save" >/dev/null && ! exists; }
check "virsh save while AES-CBC runs" save_ok
before=$(grep -c '^QVC-OUT ' "$LOG" || true)  # the console as the save left it
check "virsh restore (the guest had printed $before answers)" \
    "${VIRSH[@]}" restore "$WORK/soak.save"
wait_gone 600 || true
rm -f "$WORK/soak.save"  # the guest's memory: 100+ MB
unix_log "$LOG"
after=$(($(grep -c '^QVC-OUT ' "$LOG" || true) - before))
# the console file was reopened (append='on') and the guest went on
check "the console continues after the restore ($after more answers)" [ "$after" -gt 0 ]
check "the restored guest ran to the end" grep -q '^QVC-GUEST-DONE' "$LOG"
soak_ok() {  # every answer of every round is openssl's
    local r len bad=0
    if grep -q '^QVC-ERROR' "$LOG"; then
        grep '^QVC-ERROR' "$LOG" | head -n 5 | sed 's/^/# /'
        bad=1
    fi
    for r in $(seq "$ROUNDS"); do
        for len in "${LENS[@]}"; do
            out_ok "r$r" 16 "$len" >/dev/null || { echo "# round $r, $len bytes: wrong or missing"; bad=1; }
        done
    done
    [ "$bad" = 0 ]
}
check "all $((ROUNDS * ${#LENS[@]})) answers match openssl, $before of them from before the save" soak_ok
finish "$LOG"
