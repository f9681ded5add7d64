# The two set-up commands of the README:
#   make run   [ARGS=--demo]   install what is missing, build, start Leverage
#   make test                  install what is missing, build, run every test through ctest
#   make package               a Release build and its .deb in build/release/package
# Both are idempotent: packages already there are not touched, the build is incremental.

PRESET ?= dev
BUILD_DIR := build/$(PRESET)
ARGS ?=
# CI builds without debug information (a backtrace still names the functions): on one heavy
# file 4.5 s against 5.0 s with line tables (-g1) and 5.9 s with -g, and the objects a fraction
# of the size, which keeps CI inside its 20 minutes and its disk. Developers keep full -g.
# CI also leaves out the benchmarks (run by hand, never by ctest): about a minute of its 20.
# And it builds as a unity build (eight .cpp files of a target compiled as one, their headers
# parsed once): from scratch in a third of the time (11 min 8 s against 32 min 28 s on
# 2026-12-02, 357 steps against 940). Developers keep one object per file, which an edit
# rebuilds fastest; CI keeps the sources fit for both (no two files of a target may define the
# same name in an anonymous namespace).
CI_ARGS := -DCMAKE_CXX_FLAGS_DEBUG=-g0 -DCMAKE_UNITY_BUILD=ON
CONFIGURE_ARGS := $(if $(filter true,$(CI)),$(CI_ARGS) -DLEVERAGE_BUILD_BENCHMARKS=OFF,)
FUZZ_CONFIGURE_ARGS := $(if $(filter true,$(CI)),$(CI_ARGS),)

# Debian 12 packages: build tools and libraries, then what the tests use to read our output.
BUILD_PACKAGES := cmake ninja-build g++ pkg-config ccache \
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-l10n-tools qt6-tools-dev \
    libgl-dev libspdlog-dev libfmt-dev libical-dev \
    libsqlite3-dev libpq-dev libarchive-dev libsodium-dev libmstch-dev libboost-dev libhunspell-dev libgmime-3.0-dev \
    qt6-charts-dev libqt6opengl6-dev libpoppler-qt6-dev libssl-dev
TEST_PACKAGES := libgtest-dev libgmock-dev libbenchmark-dev \
    poppler-utils qpdf xvfb xauth desktop-file-utils appstream dbus-daemon openssl \
    python3 python3-vobject python3-icalendar python3-dateutil odt2txt sqlite3 postgresql \
    lintian dpkg-dev fakeroot
# The fuzz preset only: libFuzzer and the sanitizers' runtime come with clang.
FUZZ_PACKAGES := clang-14 libclang-rt-14-dev
RUN_PACKAGES := qt6-qpa-plugins fonts-dejavu-core fonts-noto-cjk fonts-symbola \
    fonts-noto-color-emoji hunspell-en-us xdg-utils qt6-translations-l10n

SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: run test build deps deps-test configure clean screenshots fuzz package translations

# Installs only the packages dpkg does not report as installed.
define install_missing
	@missing=$$(for p in $(1); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:" $$missing; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(BUILD_PACKAGES) $(RUN_PACKAGES))

deps-test: deps
	$(call install_missing,$(TEST_PACKAGES))

configure: deps
	@test -f $(BUILD_DIR)/build.ninja || cmake --preset $(PRESET) $(CONFIGURE_ARGS)

build: configure
	cmake --build --preset $(PRESET)

run: build
	./$(BUILD_DIR)/app/leverage $(ARGS)

test: deps-test configure
	cmake --build --preset $(PRESET)
	ctest --preset $(PRESET) --timeout 600 --parallel $(shell nproc)

# A Release build of the program alone (no tests) and its .deb, checked as CI checks it:
# `sh packaging/check-package.sh build/release` installs and removes it (root).
package: deps
	$(call install_missing,dpkg-dev lintian)
	@test -f build/release/build.ninja || \
	    cmake --preset release -DLEVERAGE_BUILD_TESTS=OFF -DLEVERAGE_PRECOMPILED_HEADERS=OFF
	cmake --build --preset release --target leverage leverage_packaging_files
	cd build/release && cpack
	@ls build/release/package/leverage_*.deb

# Every reader's fuzzer (archive, vCard, e-mail, clock rules, search query, command line), each a
# ctest test of the fuzz preset run for FUZZ_SECONDS (default 60), two at a time, on the committed
# seeds (tests/fuzz/corpus: hand-made, each one accepted) and what earlier runs found
# (tests/fuzz/found); new inputs go to build/fuzz/corpus/NAME. FUZZERS chooses some: CI runs
# all six for 30 s.
FUZZ_SECONDS ?= 60
FUZZERS ?= archive_reader vcard_reader mail_parser clock_rules query_parser command_line
empty :=
space := $(empty) $(empty)
fuzz: deps
	$(call install_missing,$(FUZZ_PACKAGES))
	@test -f build/fuzz/build.ninja || cmake --preset fuzz $(FUZZ_CONFIGURE_ARGS)
	cmake --build --preset fuzz --target $(FUZZERS:%=%_fuzzer)
	FUZZ_SECONDS=$(FUZZ_SECONDS) ctest --preset fuzz --parallel $(shell nproc) \
	    --timeout $$(( $(FUZZ_SECONDS) + 300 )) -R '^fuzz_($(subst $(space),|,$(strip $(FUZZERS))))$$'

# Refreshes resources/translations/*.ts from the sources (lupdate: new texts come in
# unfinished, vanished ones go), fills the German from the tables in resources/translations/de
# (lupdate once more writes the file in its own layout), then counts what German still lacks.
translations: configure
	cmake --build --preset $(PRESET) --target update_translations
	python3 resources/translations/ts_tool.py fill resources/translations/leverage_de.ts \
	    resources/translations/de/*.tsv
	cmake --build --preset $(PRESET) --target update_translations
	@python3 resources/translations/ts_tool.py missing resources/translations/leverage_de.ts | \
	    wc -l | xargs printf '%s German texts still to translate\n'

clean:
	rm -rf build
