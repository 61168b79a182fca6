// Copyright 2018 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

"use strict";

(() => {
	const enosys = () => {
		const err = new Error("not implemented");
		err.code = "ENOSYS";
		return err;
	};

	if (!globalThis.fs) {
		let outputBuf = "";
		globalThis.fs = {
			constants: { O_WRONLY: -1, O_RDWR: -1, O_CREAT: -1, O_TRUNC: -1, O_APPEND: -1, O_EXCL: -1, O_DIRECTORY: -1 }, // unused
			writeSync(fd, buf) {
				outputBuf += decoder.decode(buf);
				const nl = outputBuf.lastIndexOf("\n");
				if (nl != -1) {
					console.log(outputBuf.substring(0, nl));
					outputBuf = outputBuf.substring(nl + 1);
				}
				return buf.length;
			},
			write(fd, buf, offset, length, position, callback) {
				if (offset !== 0 || length !== buf.length || position !== null) {
					callback(enosys());
					return;
				}
				const n = this.writeSync(fd, buf);
				callback(null, n);
			},
			chmod(path, mode, callback) { callback(enosys()); },
			chown(path, uid, gid, callback) { callback(enosys()); },
			close(fd, callback) { callback(enosys()); },
			fchmod(fd, mode, callback) { callback(enosys()); },
			fchown(fd, uid, gid, callback) { callback(enosys()); },
			fstat(fd, callback) { callback(enosys()); },
			fsync(fd, callback) { callback(null); },
			ftruncate(fd, length, callback) { callback(enosys()); },
			lchown(path, uid, gid, callback) { callback(enosys()); },
			link(path, link, callback) { callback(enosys()); },
			lstat(path, callback) { callback(enosys()); },
			mkdir(path, perm, callback) { callback(enosys()); },
			open(path, flags, mode, callback) { callback(enosys()); },
			read(fd, buffer, offset, length, position, callback) { callback(enosys()); },
			readdir(path, callback) { callback(enosys()); },
			readlink(path, callback) { callback(enosys()); },
			rename(from, to, callback) { callback(enosys()); },
			rmdir(path, callback) { callback(enosys()); },
			stat(path, callback) { callback(enosys()); },
			symlink(path, link, callback) { callback(enosys()); },
			truncate(path, length, callback) { callback(enosys()); },
			unlink(path, callback) { callback(enosys()); },
			utimes(path, atime, mtime, callback) { callback(enosys()); },
		};
	}

	if (!globalThis.process) {
		globalThis.process = {
			getuid() { return -1; },
			getgid() { return -1; },
			geteuid() { return -1; },
			getegid() { return -1; },
			getgroups() { throw enosys(); },
			pid: -1,
			ppid: -1,
			umask() { throw enosys(); },
			cwd() { throw enosys(); },
			chdir() { throw enosys(); },
		}
	}

	if (!globalThis.path) {
		globalThis.path = {
			resolve(...pathSegments) {
				return pathSegments.join("/");
			}
		}
	}

	if (!globalThis.crypto) {
		throw new Error("globalThis.crypto is not available, polyfill required (crypto.getRandomValues only)");
	}

	if (!globalThis.performance) {
		throw new Error("globalThis.performance is not available, polyfill required (performance.now only)");
	}

	if (!globalThis.TextEncoder) {
		throw new Error("globalThis.TextEncoder is not available, polyfill required");
	}

	if (!globalThis.TextDecoder) {
		throw new Error("globalThis.TextDecoder is not available, polyfill required");
	}

	const encoder = new TextEncoder("utf-8");
	const decoder = new TextDecoder("utf-8");

	globalThis.Go = class {
		constructor() {
			this.argv = ["js"];
			this.env = {};
			this.exit = (code) => {
				if (code !== 0) {
					console.warn("exit code:", code);
				}
			};
			this._exitPromise = new Promise((resolve) => {
				this._resolveExitPromise = resolve;
			});
			this._pendingEvent = null;
			this._scheduledTimeouts = new Map();
			this._nextCallbackTimeoutID = 1;

			const setInt64 = (addr, v) => {
				this.mem.setUint32(addr + 0, v, true);
				this.mem.setUint32(addr + 4, Math.floor(v / 4294967296), true);
			}

			const setInt32 = (addr, v) => {
				this.mem.setUint32(addr + 0, v, true);
			}

			const getInt64 = (addr) => {
				const low = this.mem.getUint32(addr + 0, true);
				const high = this.mem.getInt32(addr + 4, true);
				return low + high * 4294967296;
			}

			const loadValue = (addr) => {
				const f = this.mem.getFloat64(addr, true);
				if (f === 0) {
					return undefined;
				}
				if (!isNaN(f)) {
					return f;
				}

				const id = this.mem.getUint32(addr, true);
				return this._values[id];
			}

			const storeValue = (addr, v) => {
				const nanHead = 0x7FF80000;

				if (typeof v === "number" && v !== 0) {
					if (isNaN(v)) {
						this.mem.setUint32(addr + 4, nanHead, true);
						this.mem.setUint32(addr, 0, true);
						return;
					}
					this.mem.setFloat64(addr, v, true);
					return;
				}

				if (v === undefined) {
					this.mem.setFloat64(addr, 0, true);
					return;
				}

				let id = this._ids.get(v);
				if (id === undefined) {
					id = this._idPool.pop();
					if (id === undefined) {
						id = this._values.length;
					}
					this._values[id] = v;
					this._goRefCounts[id] = 0;
					this._ids.set(v, id);
				}
				this._goRefCounts[id]++;
				let typeFlag = 0;
				switch (typeof v) {
					case "object":
						if (v !== null) {
							typeFlag = 1;
						}
						break;
					case "string":
						typeFlag = 2;
						break;
					case "symbol":
						typeFlag = 3;
						break;
					case "function":
						typeFlag = 4;
						break;
				}
				this.mem.setUint32(addr + 4, nanHead | typeFlag, true);
				this.mem.setUint32(addr, id, true);
			}

			const loadSlice = (addr) => {
				const array = getInt64(addr + 0);
				const len = getInt64(addr + 8);
				return new Uint8Array(this._inst.exports.mem.buffer, array, len);
			}

			const loadSliceOfValues = (addr) => {
				const array = getInt64(addr + 0);
				const len = getInt64(addr + 8);
				const a = new Array(len);
				for (let i = 0; i < len; i++) {
					a[i] = loadValue(array + i * 8);
				}
				return a;
			}

			const loadString = (addr) => {
				const saddr = getInt64(addr + 0);
				const len = getInt64(addr + 8);
				return decoder.decode(new DataView(this._inst.exports.mem.buffer, saddr, len));
			}

			const testCallExport = (a, b) => {
				this._inst.exports.testExport0();
				return this._inst.exports.testExport(a, b);
			}

			const timeOrigin = Date.now() - performance.now();
			this.importObject = {
				_gotest: {
					add: (a, b) => a + b,
					callExport: testCallExport,
				},
				gojs: {
					// Go's SP does not change as long as no Go code is running. Some operations (e.g. calls, getters and setters)
					// may synchronously trigger a Go event handler. This makes Go code get executed in the middle of the imported
					// function. A goroutine can switch to a new stack if the current stack is too small (see morestack function).
					// This changes the SP, thus we have to update the SP used by the imported function.

					// func wasmExit(code int32)
					"runtime.wasmExit": (sp) => {
						sp >>>= 0;
						const code = this.mem.getInt32(sp + 8, true);
						this.exited = true;
						delete this._inst;
						delete this._values;
						delete this._goRefCounts;
						delete this._ids;
						delete this._idPool;
						this.exit(code);
					},

					// func wasmWrite(fd uintptr, p unsafe.Pointer, n int32)
					"runtime.wasmWrite": (sp) => {
						sp >>>= 0;
						const fd = getInt64(sp + 8);
						const p = getInt64(sp + 16);
						const n = this.mem.getInt32(sp + 24, true);
						fs.writeSync(fd, new Uint8Array(this._inst.exports.mem.buffer, p, n));
					},

					// func resetMemoryDataView()
					"runtime.resetMemoryDataView": (sp) => {
						sp >>>= 0;
						this.mem = new DataView(this._inst.exports.mem.buffer);
					},

					// func nanotime1() int64
					"runtime.nanotime1": (sp) => {
						sp >>>= 0;
						setInt64(sp + 8, (timeOrigin + performance.now()) * 1000000);
					},

					// func walltime() (sec int64, nsec int32)
					"runtime.walltime": (sp) => {
						sp >>>= 0;
						const msec = (new Date).getTime();
						setInt64(sp + 8, msec / 1000);
						this.mem.setInt32(sp + 16, (msec % 1000) * 1000000, true);
					},

					// func scheduleTimeoutEvent(delay int64) int32
					"runtime.scheduleTimeoutEvent": (sp) => {
						sp >>>= 0;
						const id = this._nextCallbackTimeoutID;
						this._nextCallbackTimeoutID++;
						this._scheduledTimeouts.set(id, setTimeout(
							() => {
								this._resume();
								while (this._scheduledTimeouts.has(id)) {
									// for some reason Go failed to register the timeout event, log and try again
									// (temporary workaround for https://github.com/golang/go/issues/28975)
									console.warn("scheduleTimeoutEvent: missed timeout event");
									this._resume();
								}
							},
							getInt64(sp + 8),
						));
						this.mem.setInt32(sp + 16, id, true);
					},

					// func clearTimeoutEvent(id int32)
					"runtime.clearTimeoutEvent": (sp) => {
						sp >>>= 0;
						const id = this.mem.getInt32(sp + 8, true);
						clearTimeout(this._scheduledTimeouts.get(id));
						this._scheduledTimeouts.delete(id);
					},

					// func getRandomData(r []byte)
					"runtime.getRandomData": (sp) => {
						sp >>>= 0;
						crypto.getRandomValues(loadSlice(sp + 8));
					},

					// func finalizeRef(v ref)
					"syscall/js.finalizeRef": (sp) => {
						sp >>>= 0;
						const id = this.mem.getUint32(sp + 8, true);
						this._goRefCounts[id]--;
						if (this._goRefCounts[id] === 0) {
							const v = this._values[id];
							this._values[id] = null;
							this._ids.delete(v);
							this._idPool.push(id);
						}
					},

					// func stringVal(value string) ref
					"syscall/js.stringVal": (sp) => {
						sp >>>= 0;
						storeValue(sp + 24, loadString(sp + 8));
					},

					// func valueGet(v ref, p string) ref
					"syscall/js.valueGet": (sp) => {
						sp >>>= 0;
						const result = Reflect.get(loadValue(sp + 8), loadString(sp + 16));
						sp = this._inst.exports.getsp() >>> 0; // see comment above
						storeValue(sp + 32, result);
					},

					// func valueSet(v ref, p string, x ref)
					"syscall/js.valueSet": (sp) => {
						sp >>>= 0;
						Reflect.set(loadValue(sp + 8), loadString(sp + 16), loadValue(sp + 32));
					},

					// func valueDelete(v ref, p string)
					"syscall/js.valueDelete": (sp) => {
						sp >>>= 0;
						Reflect.deleteProperty(loadValue(sp + 8), loadString(sp + 16));
					},

					// func valueIndex(v ref, i int) ref
					"syscall/js.valueIndex": (sp) => {
						sp >>>= 0;
						storeValue(sp + 24, Reflect.get(loadValue(sp + 8), getInt64(sp + 16)));
					},

					// valueSetIndex(v ref, i int, x ref)
					"syscall/js.valueSetIndex": (sp) => {
						sp >>>= 0;
						Reflect.set(loadValue(sp + 8), getInt64(sp + 16), loadValue(sp + 24));
					},

					// func valueCall(v ref, m string, args []ref) (ref, bool)
					"syscall/js.valueCall": (sp) => {
						sp >>>= 0;
						try {
							const v = loadValue(sp + 8);
							const m = Reflect.get(v, loadString(sp + 16));
							const args = loadSliceOfValues(sp + 32);
							const result = Reflect.apply(m, v, args);
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 56, result);
							this.mem.setUint8(sp + 64, 1);
						} catch (err) {
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 56, err);
							this.mem.setUint8(sp + 64, 0);
						}
					},

					// func valueInvoke(v ref, args []ref) (ref, bool)
					"syscall/js.valueInvoke": (sp) => {
						sp >>>= 0;
						try {
							const v = loadValue(sp + 8);
							const args = loadSliceOfValues(sp + 16);
							const result = Reflect.apply(v, undefined, args);
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 40, result);
							this.mem.setUint8(sp + 48, 1);
						} catch (err) {
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 40, err);
							this.mem.setUint8(sp + 48, 0);
						}
					},

					// func valueNew(v ref, args []ref) (ref, bool)
					"syscall/js.valueNew": (sp) => {
						sp >>>= 0;
						try {
							const v = loadValue(sp + 8);
							const args = loadSliceOfValues(sp + 16);
							const result = Reflect.construct(v, args);
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 40, result);
							this.mem.setUint8(sp + 48, 1);
						} catch (err) {
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 40, err);
							this.mem.setUint8(sp + 48, 0);
						}
					},

					// func valueLength(v ref) int
					"syscall/js.valueLength": (sp) => {
						sp >>>= 0;
						setInt64(sp + 16, parseInt(loadValue(sp + 8).length));
					},

					// valuePrepareString(v ref) (ref, int)
					"syscall/js.valuePrepareString": (sp) => {
						sp >>>= 0;
						const str = encoder.encode(String(loadValue(sp + 8)));
						storeValue(sp + 16, str);
						setInt64(sp + 24, str.length);
					},

					// valueLoadString(v ref, b []byte)
					"syscall/js.valueLoadString": (sp) => {
						sp >>>= 0;
						const str = loadValue(sp + 8);
						loadSlice(sp + 16).set(str);
					},

					// func valueInstanceOf(v ref, t ref) bool
					"syscall/js.valueInstanceOf": (sp) => {
						sp >>>= 0;
						this.mem.setUint8(sp + 24, (loadValue(sp + 8) instanceof loadValue(sp + 16)) ? 1 : 0);
					},

					// func copyBytesToGo(dst []byte, src ref) (int, bool)
					"syscall/js.copyBytesToGo": (sp) => {
						sp >>>= 0;
						const dst = loadSlice(sp + 8);
						const src = loadValue(sp + 32);
						if (!(src instanceof Uint8Array || src instanceof Uint8ClampedArray)) {
							this.mem.setUint8(sp + 48, 0);
							return;
						}
						const toCopy = src.subarray(0, dst.length);
						dst.set(toCopy);
						setInt64(sp + 40, toCopy.length);
						this.mem.setUint8(sp + 48, 1);
					},

					// func copyBytesToJS(dst ref, src []byte) (int, bool)
					"syscall/js.copyBytesToJS": (sp) => {
						sp >>>= 0;
						const dst = loadValue(sp + 8);
						const src = loadSlice(sp + 16);
						if (!(dst instanceof Uint8Array || dst instanceof Uint8ClampedArray)) {
							this.mem.setUint8(sp + 48, 0);
							return;
						}
						const toCopy = src.subarray(0, dst.length);
						dst.set(toCopy);
						setInt64(sp + 40, toCopy.length);
						this.mem.setUint8(sp + 48, 1);
					},

					"debug": (value) => {
						console.log(value);
					},
				}
			};
		}

		async run(instance) {
			if (!(instance instanceof WebAssembly.Instance)) {
				throw new Error("Go.run: WebAssembly.Instance expected");
			}
			this._inst = instance;
			this.mem = new DataView(this._inst.exports.mem.buffer);
			this._values = [ // JS values that Go currently has references to, indexed by reference id
				NaN,
				0,
				null,
				true,
				false,
				globalThis,
				this,
			];
			this._goRefCounts = new Array(this._values.length).fill(Infinity); // number of references that Go has to a JS value, indexed by reference id
			this._ids = new Map([ // mapping from JS values to reference ids
				[0, 1],
				[null, 2],
				[true, 3],
				[false, 4],
				[globalThis, 5],
				[this, 6],
			]);
			this._idPool = [];   // unused ids that have been garbage collected
			this.exited = false; // whether the Go program has exited

			// Pass command line arguments and environment variables to WebAssembly by writing them to the linear memory.
			let offset = 4096;

			const strPtr = (str) => {
				const ptr = offset;
				const bytes = encoder.encode(str + "\0");
				new Uint8Array(this.mem.buffer, offset, bytes.length).set(bytes);
				offset += bytes.length;
				if (offset % 8 !== 0) {
					offset += 8 - (offset % 8);
				}
				return ptr;
			};

			const argc = this.argv.length;

			const argvPtrs = [];
			this.argv.forEach((arg) => {
				argvPtrs.push(strPtr(arg));
			});
			argvPtrs.push(0);

			const keys = Object.keys(this.env).sort();
			keys.forEach((key) => {
				argvPtrs.push(strPtr(`${key}=${this.env[key]}`));
			});
			argvPtrs.push(0);

			const argv = offset;
			argvPtrs.forEach((ptr) => {
				this.mem.setUint32(offset, ptr, true);
				this.mem.setUint32(offset + 4, 0, true);
				offset += 8;
			});

			// The linker guarantees global data starts from at least wasmMinDataAddr.
			// Keep in sync with cmd/link/internal/ld/data.go:wasmMinDataAddr.
			const wasmMinDataAddr = 4096 + 8192;
			if (offset >= wasmMinDataAddr) {
				throw new Error("total length of command line and environment variables exceeds limit");
			}

			this._inst.exports.run(argc, argv);
			if (this.exited) {
				this._resolveExitPromise();
			}
			await this._exitPromise;
		}

		_resume() {
			if (this.exited) {
				throw new Error("Go program has already exited");
			}
			this._inst.exports.resume();
			if (this.exited) {
				this._resolveExitPromise();
			}
		}

		_makeFuncWrapper(id) {
			const go = this;
			return function () {
				const event = { id: id, this: this, args: arguments };
				go._pendingEvent = event;
				go._resume();
				return event.result;
			};
		}
	}
})();

var Be=Object.create;var U=Object.defineProperty;var Me=Object.getOwnPropertyDescriptor;var Ce=Object.getOwnPropertyNames;var Te=Object.getPrototypeOf,Ve=Object.prototype.hasOwnProperty;var je=(t,e,n)=>()=>{if(n)throw n[0];try{return t&&(e=t(t=0)),e}catch(o){throw n=[o],o}};var _=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(n){throw e=0,n}},We=(t,e)=>{for(var n in e)U(t,n,{get:e[n],enumerable:!0})},Y=(t,e,n,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let r of Ce(e))!Ve.call(t,r)&&r!==n&&U(t,r,{get:()=>e[r],enumerable:!(o=Me(e,r))||o.enumerable});return t};var Ne=(t,e,n)=>(n=t!=null?Be(Te(t)):{},Y(e||!t||!t.__esModule?U(n,"default",{value:t,enumerable:!0}):n,t)),J=t=>Y(U({},"__esModule",{value:!0}),t);var H=_((mt,D)=>{function Oe(t){if(typeof t=="string")try{return JSON.parse(t),!0}catch(e){if(e instanceof SyntaxError)return!1;throw e}}D.exports={"json.is_valid":Oe}});var V={};We(V,{default:()=>Le,parse:()=>z,stringify:()=>$,vsprintf:()=>K});function T(){throw new Error("noticelint: this builtin is not available in the browser build")}var z,$,K,Le,j=je(()=>{z=T,$=T,K=T,Le={parse:z,stringify:$,vsprintf:K}});var X=_((ht,Q)=>{var Ge=(j(),J(V)).vsprintf,qe=(t,e)=>Ge(t,e);Q.exports={sprintf:qe}});var ee=_((ft,Z)=>{var Re=(t,e)=>e.split(RegExp(t));Z.exports={"regex.split":Re}});var oe=_((gt,re)=>{var ne=(j(),J(V)),Fe=new Set(["YAMLReferenceError","YAMLSemanticError","YAMLSyntaxError","YAMLWarning"]);function te(t){if(typeof t!="string")return{ok:!1,result:void 0};let e=global.YAML_SILENCE_WARNINGS;try{return global.YAML_SILENCE_WARNINGS=!0,{ok:!0,result:ne.parse(t)}}catch(n){if(n&&Fe.has(n.name))return{ok:!1,result:void 0};throw n}finally{global.YAML_SILENCE_WARNINGS=e}}re.exports={"yaml.is_valid":t=>typeof t=="string"?te(t).ok:void 0,"yaml.marshal":t=>ne.stringify(t),"yaml.unmarshal":t=>te(t).result}});var ie=_((yt,ae)=>{var Ye=H(),Je=X(),De=ee(),He=oe();ae.exports={...Ye,...Je,...De,...He}});var pe=_((bt,le)=>{var ze=ie();function $e(t){return function(e){let n=new Int8Array(t.buffer),o="";for(;n[e]!==0;)o+=String.fromCharCode(n[e++]);return o}}function E(t,e,n){if(n===void 0)return 0;let o;if(n instanceof ArrayBuffer)o=new Uint8Array(n);else{let d=JSON.stringify(n);o=new TextEncoder().encode(d)}let r=o.byteLength,a=t.exports.opa_malloc(r);new Uint8Array(e.buffer).set(o,a);let c=t.exports.opa_json_parse(a,r);if(c===0)throw"failed to parse json value";return c}function P(t,e,n){let o=t.exports.opa_json_dump(n);return se(e,o)}function se(t,e){let n=new Uint8Array(t.buffer),o=e;for(;n[o]!==0;)o++;let r=new Uint8Array(t.buffer,e,o-e),a=new TextDecoder().decode(r);return JSON.parse(a)}var Ke=ze;function A(t,e,n,o,r){let a=n[r],i=Ke[a]||o[a];if(i===void 0)throw{message:"not implemented: built-in function "+r+": "+n[r]};let c=Array.prototype.slice.apply(arguments),d=[];for(let f=5;f<c.length;f++){let b=P(t,e,c[f]);d.push(b)}let h=i(...d);return E(t,e,h)}function ce(t,e,n){let o=$e(e);return{env:{memory:e,opa_abort:function(r){throw o(r)},opa_println:function(r){console.log(o(r))},opa_builtin0:function(r,a){return A(t.instance,e,t.builtins,n,r)},opa_builtin1:function(r,a,i){return A(t.instance,e,t.builtins,n,r,i)},opa_builtin2:function(r,a,i,c){return A(t.instance,e,t.builtins,n,r,i,c)},opa_builtin3:function(r,a,i,c,d){return A(t.instance,e,t.builtins,n,r,i,c,d)},opa_builtin4:function(r,a,i,c,d,h){return A(t.instance,e,t.builtins,n,r,i,c,d,h)}}}}function de(t,e,n){t.instance=e.instance?e.instance:e;let o=t.instance.exports.opa_wasm_abi_version;if(o!==void 0){let c=typeof o=="number"?o:o.value;if(c!==1)throw`unsupported ABI version ${c}`}else console.error("opa_wasm_abi_version undefined");let r=t.instance.exports.opa_wasm_abi_minor_version,a;r!==void 0?a=typeof r=="number"?r:r.value:console.error("opa_wasm_abi_minor_version undefined");let i=P(t.instance,n,t.instance.exports.builtins());t.builtins={};for(let c of Object.keys(i))t.builtins[i[c]]=c;return{policy:e,minorVersion:a}}async function Qe(t,e,n){let o={},r=t instanceof Response||t instanceof Promise,a=ce(o,e,n),i=await(r?WebAssembly.instantiateStreaming(t,a):WebAssembly.instantiate(t,a));return de(o,i,e)}function Xe(t,e,n){let o={};(t instanceof ArrayBuffer||t.buffer instanceof ArrayBuffer)&&(t=new WebAssembly.Module(t));let r=new WebAssembly.Instance(t,ce(o,e,n));return de(o,r,e)}var x=class{constructor(e,n,o){this.minorVersion=o,this.mem=n,this.wasmInstance=e.instance?e.instance:e,this.dataAddr=E(this.wasmInstance,this.mem,{}),this.baseHeapPtr=this.wasmInstance.exports.opa_heap_ptr_get(),this.dataHeapPtr=this.baseHeapPtr,this.entrypoints=P(this.wasmInstance,this.mem,this.wasmInstance.exports.entrypoints())}evaluate(e,n=0){if(typeof n!="number")if(typeof n=="string")if(Object.prototype.hasOwnProperty.call(this.entrypoints,n))n=this.entrypoints[n];else throw`entrypoint ${n} is not valid in this instance`;else throw"entrypoint value is an invalid type, must be either string or number";if(this.minorVersion>=2){let i=null,c=0,d=0;if(e){if(e instanceof ArrayBuffer)i=new Uint8Array(e);else{let u=JSON.stringify(e);i=new TextEncoder().encode(u)}d=this.dataHeapPtr,c=i.byteLength;let b=d+c-this.mem.buffer.byteLength;if(b>0){let u=Ze(b);this.mem.grow(u)}new Uint8Array(this.mem.buffer).set(i,this.dataHeapPtr)}let h=this.dataHeapPtr+c,f=this.wasmInstance.exports.opa_eval(0,n,this.dataAddr,d,c,h,0);return se(this.mem,f)}this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);let o=E(this.wasmInstance,this.mem,e),r=this.wasmInstance.exports.opa_eval_ctx_new();this.wasmInstance.exports.opa_eval_ctx_set_input(r,o),this.wasmInstance.exports.opa_eval_ctx_set_data(r,this.dataAddr),this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(r,n),this.wasmInstance.exports.eval(r);let a=this.wasmInstance.exports.opa_eval_ctx_get_result(r);return P(this.wasmInstance,this.mem,a)}evalBool(e){let n=this.evaluate(e);return n&&n.length===1&&n[0]===!0}setData(e){this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr),this.dataAddr=E(this.wasmInstance,this.mem,e),this.dataHeapPtr=this.wasmInstance.exports.opa_heap_ptr_get()}};function Ze(t){return Math.ceil(t/65536)}le.exports={async loadPolicy(t,e={},n={}){typeof e=="number"&&(e={initial:e}),e.initial=e.initial||5;let o=new WebAssembly.Memory(e),{policy:r,minorVersion:a}=await Qe(t,o,n);return new x(r,o,a)},loadPolicySync(t,e={},n={}){typeof e=="number"&&(e={initial:e}),e.initial=e.initial||5;let o=new WebAssembly.Memory(e),{policy:r,minorVersion:a}=Xe(t,o,n);return new x(r,o,a)},LoadedPolicy:x}});var ue=Ne(pe(),1),me=ue.default.loadPolicy;var W="noticelint/main/report";async function he(t=new URL(".",import.meta.url),e={}){let n=e.fetch??(s=>fetch(s)),o=e.sources??{},r=s=>new URL(s,t),a={start:performance.now(),checks:0},i=s=>{a[s]=performance.now();try{performance.mark(`noticelint:${s}`)}catch{}};i("start");let c=s=>Promise.resolve(n(r(s))).then(p=>{if(!p.ok)throw new Error(`noticelint: ${s}: HTTP ${p.status}`);return p}),d=globalThis.Go?Promise.resolve():import(r("wasm_exec.js").href).then(()=>i("wasmExec")),h=Promise.resolve(o.engine??I(c("engine.wasm"))).then(s=>(i("engineCompiled"),s)),f=Promise.all([Promise.resolve(o.policy??I(c("policy.wasm"))).then(s=>me(s,{initial:32})),o.data??c("data.json").then(s=>s.arrayBuffer())]).then(([s,p])=>(s.setData(p),i("policyReady"),s)),b=Promise.resolve(o.rules??c("rules.json").then(s=>s.text()));f.catch(()=>{});let w,u={rules:[],evaluate(s){let p=performance.now();try{if(!w)throw new Error("the rules are not loaded");let y=w(s);return a.lastRulesMs=performance.now()-p,y}catch(y){return y instanceof Error?y:new Error(String(y))}}},[,v,l]=await Promise.all([d,h,b]);u.rules=JSON.parse(l).rules??[];let m=new globalThis.Go;e.goEnv&&(m.env={...e.goEnv});let Ue=await WebAssembly.instantiate(v,m.importObject),Ee=new Promise((s,p)=>{u.ready=s,u.fail=y=>p(new Error(`noticelint: ${y}`))});globalThis.noticelintHost=u;let q=m.run(Ue).then(()=>{throw new Error("noticelint: the engine exited")});if(await Promise.race([Ee,q]),q.catch(()=>{}),i("goReady"),e.warm??!0){let s=u.warm();if(s instanceof Error)throw s;i("warm")}w=et(await f),i("ready");let{version:Pe}=JSON.parse(l),R=(s,p,y="",Ie=!1)=>{let M=performance.now();a.checks===0&&(a.firstCheckStart=M);let C=u.check(String(s),p instanceof ArrayBuffer?new Uint8Array(p):p,y??"",!!Ie);if(C instanceof Error)throw C;let F=performance.now();return a.lastCheckMs=F-M,a.checks++===0&&(a.firstCheckMs=F-M,i("firstCheck")),C};return{check:(s,p,y)=>JSON.parse(R(s,p,y,!0)),checkJSON:R,rules:()=>JSON.parse(l).rules,version:Pe,timings:()=>({...a}),gc:s=>u.gc(s),compileSchema:()=>{let s=u.compileSchema();if(s instanceof Error)throw s}}}function et(t){let e=t,n=e.wasmInstance?.exports,o=e.entrypoints?.[W];if(typeof o!="number")throw new Error(`noticelint: the policy has no entry point ${W}`);if(!(e.minorVersion>=2)||typeof n?.opa_eval!="function"||!(e.mem instanceof WebAssembly.Memory)){let a=new TextEncoder;return i=>a.encode(JSON.stringify(t.evaluate(i.slice().buffer,W)))}let r=e.mem;return a=>{let i=e.dataHeapPtr,c=i+a.byteLength;c>r.buffer.byteLength&&r.grow(Math.ceil((c-r.buffer.byteLength)/65536)),new Uint8Array(r.buffer).set(a,i);let d=n.opa_eval(0,o,e.dataAddr,i,a.byteLength,c,0),h=new Uint8Array(r.buffer),f=h.indexOf(0,d);return h.subarray(d,f<0?h.length:f)}}async function I(t){let e=await t;return WebAssembly.compileStreaming&&(e.headers.get("content-type")??"").startsWith("application/wasm")?WebAssembly.compileStreaming(e):WebAssembly.compile(await e.arrayBuffer())}var B=[`{"as_of":"2026-01-01","notice":{"activities":[{"automated_decisions":{"article_22":false,"profiling":false},"data_categories":["Name and delivery address","E-mail address and telephone number","Order details (products, prices, delivery choice, order and delivery dates)","Payment status (paid, refunded); card details stay with the payment institution","Customer account login (e-mail address and hashed password), if you open an account"],"data_subjects":["customers of the webshop and the shop"],"id":"customer-orders","name":"Customer orders","provision":{"consequences":"Without your name, address and e-mail address we cannot accept or deliver your order.","requirement":"contract_precondition"},"purposes":[{"description":"Taking, preparing, delivering and servicing your orders, including returns and complaints under the statutory warranty","legal_bases":["contract"]}],"recipients":[{"countries":["BE"],"name":"Pakket Voorbeeld NV","purpose":"Delivering parcels; it receives your name, delivery address, phone number and the parcel's reference","role":"processor"},{"countries":["LU"],"name":"Betaal Voorbeeld SA","purpose":"Processing your payment as a licensed payment institution under its own legal obligations","role":"controller"}],"retention":{"criteria":"The two-year statutory warranty period for consumer goods. If a warranty claim is made, we keep the order until the claim is closed. Account data is deleted 30 days after you close your account.","from":"the delivery of the order","period":"P2Y"}},{"data_categories":["Name and billing address","VAT number, for business customers","Invoice lines, amounts and payment dates"],"data_subjects":["customers of the webshop and the shop"],"id":"invoicing","name":"Invoicing and accounting","provision":{"consequences":"The law requires these details on an invoice. Without them we cannot issue the invoice, and so cannot sell to you.","requirement":"statutory"},"purposes":[{"description":"Issuing invoices and keeping the accounting records that Belgian VAT and accounting law require","law":"Belgian VAT Code (Wetboek van de belasting over de toegevoegde waarde), Article 60","legal_bases":["legal_obligation"]}],"recipients":[{"countries":["BE"],"name":"Boekhoudkantoor Voorbeeld BV","purpose":"Keeping our accounts and preparing our VAT returns","role":"processor"},{"countries":["BE"],"name":"FOD Financiën (Federal Public Service Finance)","purpose":"Tax audits, only when the administration asks for documents","role":"public_authority"}],"retention":{"criteria":"The retention period that Article 60 of the Belgian VAT Code sets for invoices.","from":"1 January of the year after the invoice date","period":"P10Y"}},{"data_categories":["E-mail address","First name, if you give it","Date and source of your subscription, and proof of your consent","Whether you open the newsletter and click its links"],"data_subjects":["newsletter subscribers"],"direct_marketing":{"channels":["email"],"opt_out":"unconditional","opt_out_at_collection":true,"opt_out_each_message":true,"opt_out_how":"Click the unsubscribe link at the bottom of every newsletter, or e-mail privacy@example.be. It is free and needs no reason."},"id":"newsletter","name":"Newsletter","objection":{"availability":"offered","how":"Click the unsubscribe link in any newsletter or e-mail privacy@example.be","statement":"You can object to direct marketing at any time, free of charge and without giving reasons."},"provision":{"consequences":"Subscribing is optional. If you do not subscribe, you simply receive no newsletter, and it does not affect your orders.","requirement":"voluntary"},"purposes":[{"description":"Sending you our e-mail newsletter with new collections, workshops and offers","legal_bases":["consent"]}],"recipients":[{"countries":["US"],"name":"Example Mail Inc.","purpose":"Sending the newsletter and measuring opens and clicks","role":"processor"}],"retention":{"criteria":"When you unsubscribe or withdraw consent, your address leaves the mailing list at once. Proof of your consent and of its withdrawal is kept for three years after that, to answer any complaint.","from":"the last time you opened or clicked a newsletter","period":"P2Y"}},{"automated_decisions":{"article_22":false,"description":"Fixed rules flag an order for review. A member of staff always checks a flagged order and decides. No order is refused automatically.","human_intervention":"A member of staff reviews every flagged order. You can ask for the decision to be explained and reviewed again.","profiling":false},"data_categories":["Order details and billing and delivery address","IP address and approximate location of the order","Failed payment attempts on our webshop"],"data_subjects":["customers of the webshop"],"id":"fraud-prevention","name":"Fraud prevention for online orders","objection":{"availability":"offered","how":"E-mail privacy@example.be and explain your particular situation","statement":"You can object at any time on grounds relating to your particular situation. We then stop unless we show compelling legitimate grounds that override your interests, or need the data for legal claims."},"provision":{"consequences":"The check uses the details of your order. Without them we cannot accept an online order.","requirement":"contract_precondition"},"purposes":[{"description":"Checking online orders for signs of payment fraud, such as a billing and delivery address far apart or repeated failed payments, before we ship","legal_bases":["legitimate_interests"],"legitimate_interest":"Protecting us and our customers against payment fraud and the loss of goods, and keeping our payment accounts in good standing"}],"recipients":[{"countries":["LU"],"name":"Betaal Voorbeeld SA","purpose":"Its own fraud screening of the payment","role":"controller"}],"retention":{"exception":"If an order proves fraudulent, the data is kept until the resulting claim or criminal case is closed.","from":"the date of the order","period":"P1Y"}},{"data_categories":["Camera images of visitors in the sales area and at the entrance (no sound)"],"data_subjects":["visitors of the shop in Gent"],"id":"camera-surveillance","name":"Camera surveillance in the shop","objection":{"availability":"offered","how":"E-mail privacy@example.be or ask the shop manager","statement":"You can object on grounds relating to your particular situation. We then weigh your objection against the safety of staff and visitors."},"provision":{"consequences":"You do not have to provide anything, but you cannot enter the sales area without being filmed. You can order online instead.","requirement":"voluntary"},"purposes":[{"description":"Preventing and proving theft, vandalism and aggression in the shop, and protecting staff and visitors","legal_bases":["legitimate_interests"],"legitimate_interest":"Protecting our staff, visitors and goods against theft, vandalism and violence"}],"recipients":[{"countries":["BE"],"name":"Politiezone Gent (Ghent police)","purpose":"Investigating an incident, only when images are evidence of it","role":"public_authority"}],"retention":{"exception":"Images that can prove an offence, damage or nuisance, or help identify an offender, witness or victim, are kept until the incident is dealt with. That is, until they have been handed to the police or the case is closed.","from":"the time of recording","period":"P1M"},"video_surveillance":{"country":"BE","location":"The sales area and the entrance of the shop at Voorbeeldstraat 12, 9000 Gent. Not the fitting rooms, the toilets or the staff room. A pictogram at the entrance announces the cameras."}},{"automated_decisions":{"article_22":false,"profiling":false},"data_categories":["Name, e-mail address and telephone number","CV, cover letter and diplomas","Notes from interviews"],"data_subjects":["job applicants"],"id":"job-applicants","name":"Job applications","provision":{"consequences":"Without your contact details and CV we cannot consider your application.","requirement":"contract_precondition"},"purposes":[{"description":"Assessing your application and arranging interviews, at your request, before an employment contract","legal_bases":["contract"]}],"recipients":[{"countries":["NL"],"name":"Werving Voorbeeld BV","purpose":"Hosting our application form and applicant-tracking software","role":"processor"}],"retention":{"criteria":"If you are hired, your application moves to your personnel file, which has its own notice.","from":"the end of the recruitment procedure","period":"P6M"}}],"children":{"directed_at_children":false},"collected_from":["data_subject"],"controller":{"address":{"city":"Gent","country":"BE","postal_code":"9000","region":"Oost-Vlaanderen","street":"Voorbeeldstraat 12"},"contact":{"email":"info@example.be","form":"https://www.example.be/contact","phone":"+32 9 123 45 67","website":"https://www.example.be"},"dpo":{"contact":{"email":"dpo@example.be","phone":"+32 9 123 45 68","postal":{"city":"Gent","country":"BE","postal_code":"9000","street":"Voorbeeldstraat 12"}},"designated":true,"name":"Data protection officer of Atelier Voorbeeld BV"},"name":"Atelier Voorbeeld BV","registration_number":"0123.456.749"},"cookie_consent":{"mechanism":"opt_in","reject_option":true,"withdrawal":"The \\"Cookie settings\\" link at the bottom of every page reopens the banner. There you can withdraw consent as easily as you gave it. The cookies concerned are then deleted."},"cookies":[{"duration":"session","name":"av_session","party":"first","provider":"Atelier Voorbeeld BV","provider_country":"BE","purpose":"strictly_necessary"},{"duration":"P6M","name":"av_consent","party":"first","provider":"Atelier Voorbeeld BV","provider_country":"BE","purpose":"strictly_necessary"},{"duration":"P1Y","name":"av_lang","party":"first","provider":"Atelier Voorbeeld BV","provider_country":"BE","purpose":"preferences"},{"duration":"P1Y","name":"_sv_id","party":"third","provider":"Statistiek Voorbeeld BV","provider_country":"NL","purpose":"statistics"}],"data_subjects":["customers of the webshop and the shop","newsletter subscribers","website visitors","visitors of the shop in Gent","job applicants"],"effective_date":"2026-09-01","languages":["nl","en"],"last_updated":"2026-09-01","laws":[{"citation":"Regulation (EU) 2016/679 (General Data Protection Regulation)","identifier":"32016R0679"},{"citation":"Wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens"},{"citation":"Wet van 21 maart 2007 tot regeling van de plaatsing en het gebruik van bewakingscamera's"},{"citation":"Wetboek van de belasting over de toegevoegde waarde, artikel 60"}],"recipients":[{"countries":["DE"],"name":"Hosting Voorbeeld GmbH","purpose":"Hosting the webshop, the customer database and our e-mail","role":"processor"},{"countries":["IN"],"name":"Example IT Services Pvt. Ltd.","purpose":"Second-line support and maintenance of the webshop software, with remote access to the webshop database","role":"processor"}],"rights":{"complaint":{"authority":{"address":{"city":"Brussel","country":"BE","postal_code":"1000","street":"Drukpersstraat 35"},"country":"BE","name":"Gegevensbeschermingsautoriteit","website":"https://www.gegevensbeschermingsautoriteit.be"},"stated":true},"consent_withdrawal":"You can withdraw consent at any time, as easily as you gave it. For the newsletter, use the unsubscribe link in any newsletter. For cookies, use the \\"Cookie settings\\" link at the bottom of every page. Or e-mail privacy@example.be. Withdrawal does not affect processing already done on the basis of your consent.","exercise":{"email":"privacy@example.be","form":"https://www.example.be/privacy/request","postal":{"city":"Gent","country":"BE","postal_code":"9000","street":"Voorbeeldstraat 12"}},"fee":"free","identity_check":{"document":"Only when we have reasonable doubts about who you are, we ask for information that confirms it, such as your order number or a reply from the e-mail address in your customer account.","when":"reasonable_doubt"},"response_extension":"P2M","response_time":"P1M","stated":["access","rectification","erasure","restriction","portability","objection","withdraw_consent","automated_decisions"]},"title":"Privacyverklaring Atelier Voorbeeld","transfers":[{"destination":"US","dpf_certified":true,"mechanism":"eu_us_dpf","recipient":"Example Mail Inc.","statement":"Our newsletter provider is in the United States. It is certified under the EU-US Data Privacy Framework, so the transfer rests on the Commission adequacy decision of 10 July 2023 (Implementing Decision (EU) 2023/1795). You can check the certification at https://www.dataprivacyframework.gov.","systematic":true},{"destination":"IN","mechanism":"sccs_2021","recipient":"Example IT Services Pvt. Ltd.","safeguards_copy":"India has no adequacy decision. We signed the European Commission's standard contractual clauses of 4 June 2021 (Implementing Decision (EU) 2021/914, module 2, controller to processor) with extra technical measures. E-mail privacy@example.be for a copy of the signed clauses, with only commercial terms blacked out.","statement":"The support staff in Bengaluru reach the webshop database remotely. The data stays hosted in Germany.","systematic":true}],"url":"https://www.example.be/privacy","version":"3.0"},"text":"Name and delivery address\\nE-mail address and telephone number\\nOrder details (products, prices, delivery choice, order and delivery dates)\\nPayment status (paid, refunded); card details stay with the payment institution\\nCustomer account login (e-mail address and hashed password), if you open an account\\ncustomers of the webshop and the shop\\ncustomer-orders\\nCustomer orders\\nWithout your name, address and e-mail address we cannot accept or deliver your order.\\ncontract_precondition\\nTaking, preparing, delivering and servicing your orders, including returns and complaints under the statutory warranty\\ncontract\\nBE\\nPakket Voorbeeld NV\\nDelivering parcels; it receives your name, delivery address, phone number and the parcel's reference\\nprocessor\\nLU\\nBetaal Voorbeeld SA\\nProcessing your payment as a licensed payment institution under its own legal obligations\\ncontroller\\nThe two-year statutory warranty period for consumer goods. If a warranty claim is made, we keep the order until the claim is closed. Account data is deleted 30 days after you close your account.\\nthe delivery of the order\\nP2Y\\nName and billing address\\nVAT number, for business customers\\nInvoice lines, amounts and payment dates\\ncustomers of the webshop and the shop\\ninvoicing\\nInvoicing and accounting\\nThe law requires these details on an invoice. Without them we cannot issue the invoice, and so cannot sell to you.\\nstatutory\\nIssuing invoices and keeping the accounting records that Belgian VAT and accounting law require\\nBelgian VAT Code (Wetboek van de belasting over de toegevoegde waarde), Article 60\\nlegal_obligation\\nBE\\nBoekhoudkantoor Voorbeeld BV\\nKeeping our accounts and preparing our VAT returns\\nprocessor\\nBE\\nFOD Financiën (Federal Public Service Finance)\\nTax audits, only when the administration asks for documents\\npublic_authority\\nThe retention period that Article 60 of the Belgian VAT Code sets for invoices.\\n1 January of the year after the invoice date\\nP10Y\\nE-mail address\\nFirst name, if you give it\\nDate and source of your subscription, and proof of your consent\\nWhether you open the newsletter and click its links\\nnewsletter subscribers\\nemail\\nunconditional\\nClick the unsubscribe link at the bottom of every newsletter, or e-mail privacy@example.be. It is free and needs no reason.\\nnewsletter\\nNewsletter\\noffered\\nClick the unsubscribe link in any newsletter or e-mail privacy@example.be\\nYou can object to direct marketing at any time, free of charge and without giving reasons.\\nSubscribing is optional. If you do not subscribe, you simply receive no newsletter, and it does not affect your orders.\\nvoluntary\\nSending you our e-mail newsletter with new collections, workshops and offers\\nconsent\\nUS\\nExample Mail Inc.\\nSending the newsletter and measuring opens and clicks\\nprocessor\\nWhen you unsubscribe or withdraw consent, your address leaves the mailing list at once. Proof of your consent and of its withdrawal is kept for three years after that, to answer any complaint.\\nthe last time you opened or clicked a newsletter\\nP2Y\\nFixed rules flag an order for review. A member of staff always checks a flagged order and decides. No order is refused automatically.\\nA member of staff reviews every flagged order. You can ask for the decision to be explained and reviewed again.\\nOrder details and billing and delivery address\\nIP address and approximate location of the order\\nFailed payment attempts on our webshop\\ncustomers of the webshop\\nfraud-prevention\\nFraud prevention for online orders\\noffered\\nE-mail privacy@example.be and explain your particular situation\\nYou can object at any time on grounds relating to your particular situation. We then stop unless we show compelling legitimate grounds that override your interests, or need the data for legal claims.\\nThe check uses the details of your order. Without them we cannot accept an online order.\\ncontract_precondition\\nChecking online orders for signs of payment fraud, such as a billing and delivery address far apart or repeated failed payments, before we ship\\nlegitimate_interests\\nProtecting us and our customers against payment fraud and the loss of goods, and keeping our payment accounts in good standing\\nLU\\nBetaal Voorbeeld SA\\nIts own fraud screening of the payment\\ncontroller\\nIf an order proves fraudulent, the data is kept until the resulting claim or criminal case is closed.\\nthe date of the order\\nP1Y\\nCamera images of visitors in the sales area and at the entrance (no sound)\\nvisitors of the shop in Gent\\ncamera-surveillance\\nCamera surveillance in the shop\\noffered\\nE-mail privacy@example.be or ask the shop manager\\nYou can object on grounds relating to your particular situation. We then weigh your objection against the safety of staff and visitors.\\nYou do not have to provide anything, but you cannot enter the sales area without being filmed. You can order online instead.\\nvoluntary\\nPreventing and proving theft, vandalism and aggression in the shop, and protecting staff and visitors\\nlegitimate_interests\\nProtecting our staff, visitors and goods against theft, vandalism and violence\\nBE\\nPolitiezone Gent (Ghent police)\\nInvestigating an incident, only when images are evidence of it\\npublic_authority\\nImages that can prove an offence, damage or nuisance, or help identify an offender, witness or victim, are kept until the incident is dealt with. That is, until they have been handed to the police or the case is closed.\\nthe time of recording\\nP1M\\nBE\\nThe sales area and the entrance of the shop at Voorbeeldstraat 12, 9000 Gent. Not the fitting rooms, the toilets or the staff room. A pictogram at the entrance announces the cameras.\\nName, e-mail address and telephone number\\nCV, cover letter and diplomas\\nNotes from interviews\\njob applicants\\njob-applicants\\nJob applications\\nWithout your contact details and CV we cannot consider your application.\\ncontract_precondition\\nAssessing your application and arranging interviews, at your request, before an employment contract\\ncontract\\nNL\\nWerving Voorbeeld BV\\nHosting our application form and applicant-tracking software\\nprocessor\\nIf you are hired, your application moves to your personnel file, which has its own notice.\\nthe end of the recruitment procedure\\nP6M\\ndata_subject\\nGent\\nBE\\n9000\\nOost-Vlaanderen\\nVoorbeeldstraat 12\\ninfo@example.be\\nhttps://www.example.be/contact\\n+32 9 123 45 67\\nhttps://www.example.be\\ndpo@example.be\\n+32 9 123 45 68\\nGent\\nBE\\n9000\\nVoorbeeldstraat 12\\nData protection officer of Atelier Voorbeeld BV\\nAtelier Voorbeeld BV\\n0123.456.749\\nopt_in\\nThe \\"Cookie settings\\" link at the bottom of every page reopens the banner. There you can withdraw consent as easily as you gave it. The cookies concerned are then deleted.\\nsession\\nav_session\\nfirst\\nAtelier Voorbeeld BV\\nBE\\nstrictly_necessary\\nP6M\\nav_consent\\nfirst\\nAtelier Voorbeeld BV\\nBE\\nstrictly_necessary\\nP1Y\\nav_lang\\nfirst\\nAtelier Voorbeeld BV\\nBE\\npreferences\\nP1Y\\n_sv_id\\nthird\\nStatistiek Voorbeeld BV\\nNL\\nstatistics\\ncustomers of the webshop and the shop\\nnewsletter subscribers\\nwebsite visitors\\nvisitors of the shop in Gent\\njob applicants\\n2026-09-01\\nnl\\nen\\n2026-09-01\\nRegulation (EU) 2016/679 (General Data Protection Regulation)\\n32016R0679\\nWet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens\\nWet van 21 maart 2007 tot regeling van de plaatsing en het gebruik van bewakingscamera's\\nWetboek van de belasting over de toegevoegde waarde, artikel 60\\nDE\\nHosting Voorbeeld GmbH\\nHosting the webshop, the customer database and our e-mail\\nprocessor\\nIN\\nExample IT Services Pvt. Ltd.\\nSecond-line support and maintenance of the webshop software, with remote access to the webshop database\\nprocessor\\nBrussel\\nBE\\n1000\\nDrukpersstraat 35\\nBE\\nGegevensbeschermingsautoriteit\\nhttps://www.gegevensbeschermingsautoriteit.be\\nYou can withdraw consent at any time, as easily as you gave it. For the newsletter, use the unsubscribe link in any newsletter. For cookies, use the \\"Cookie settings\\" link at the bottom of every page. Or e-mail privacy@example.be. Withdrawal does not affect processing already done on the basis of your consent.\\nprivacy@example.be\\nhttps://www.example.be/privacy/request\\nGent\\nBE\\n9000\\nVoorbeeldstraat 12\\nfree\\nOnly when we have reasonable doubts about who you are, we ask for information that confirms it, such as your order number or a reply from the e-mail address in your customer account.\\nreasonable_doubt\\nP2M\\nP1M\\naccess\\nrectification\\nerasure\\nrestriction\\nportability\\nobjection\\nwithdraw_consent\\nautomated_decisions\\nPrivacyverklaring Atelier Voorbeeld\\nUS\\neu_us_dpf\\nExample Mail Inc.\\nOur newsletter provider is in the United States. It is certified under the EU-US Data Privacy Framework, so the transfer rests on the Commission adequacy decision of 10 July 2023 (Implementing Decision (EU) 2023/1795). You can check the certification at https://www.dataprivacyframework.gov.\\nIN\\nsccs_2021\\nExample IT Services Pvt. Ltd.\\nIndia has no adequacy decision. We signed the European Commission's standard contractual clauses of 4 June 2021 (Implementing Decision (EU) 2021/914, module 2, controller to processor) with extra technical measures. E-mail privacy@example.be for a copy of the signed clauses, with only commercial terms blacked out.\\nThe support staff in Bengaluru reach the webshop database remotely. The data stays hosted in Germany.\\nhttps://www.example.be/privacy\\n3.0\\n"}`,`{"as_of":"2026-01-01","notice":{"activities":[{"data_categories":["Name, address and place of residence (NAW data)","Telephone number","Billing data","Payment data","E-mail address","Login data","Gender","IP address","[.....]"],"data_subjects":["website visitors","users of the company's services"],"direct_marketing":{"channels":["email","online_ads"],"opt_out_how":"To stop targeted advertising, send an e-mail to info@conpro-bvba.be. Advertisements may still appear afterwards, but not personalised by the company. The notice says nothing on unsubscribing from newsletters."},"id":"website-and-services","name":"Use of personal data through the website and services","purposes":[{"description":"Giving access to the website"},{"description":"Offering functionality through the website"},{"description":"Invoicing the services purchased"},{"description":"Registering domain names"},{"description":"Sending newsletters"},{"description":"Improving and evaluating the website and services"},{"description":"Answering and handling the questions you ask"},{"description":"Showing targeted advertisements through search engines"},{"description":"Showing targeted advertisements through marketing platforms such as Facebook and LinkedIn"},{"description":"[.....]"}],"retention":{"statement":"Personal data is kept no longer than necessary (\\"niet langer dan nodig\\") for the purposes for which it was provided or obtained, taking into account those purposes and any statutory retention periods."}},{"data_categories":["The data sent through the contact form or by e-mail"],"data_subjects":["people who fill in the contact form or send an e-mail"],"id":"contact-form-email","name":"Contact form and e-mails","purposes":[{"description":"Answering and handling questions about the company or its services sent by contact form or e-mail"}],"recipients":[{"countries":["US"],"name":"Google","purpose":"E-mail traffic (G Suite)"},{"category":"CRM","countries":["US"],"purpose":"CRM management (customer relations)"},{"category":"administration software","countries":["US"],"purpose":"Administration"},{"category":"support software","countries":["US"],"purpose":"Support (ticketing system)"},{"category":"e-mail software","countries":["US"],"purpose":"E-mail marketing and internet marketing"},{"category":"payment provider","countries":["US"],"purpose":"Processing payments and sending e-mails, marketing-related or not, with the data needed to carry out, advertise or follow up payments"}],"retention":{"statement":"What is sent is kept as long as needed (\\"zolang als ... nodig\\") for the question to be fully answered and handled, given the nature of the form or the content of the e-mail."}}],"collected_from":["data_subject"],"controller":{"address":{"city":"Berchem-Antwerpen","country":"BE","postal_code":"2600","street":"Eikelstraat 26"},"contact":{"email":"info@conpro-bvba.be","phone":"0484532738","website":"https://conpro-bouw.be"},"name":"Construct Professional bvba"},"cookie_consent":{"mechanism":"bundled_with_policy","withdrawal":"Disable cookies in the browser settings or delete them by hand. To stop cookies used for targeted advertising, unsubscribe by e-mail to info@conpro-bvba.be."},"cookies":[{"name":"Analytics, Tag manager, ...","party":"third","provider":"Google","provider_country":"US","purpose":"statistics"},{"name":"Adwords, remarketing snippets, ...","party":"third","provider":"Google","provider_country":"US","purpose":"marketing"},{"name":"Facebook pixel, like & share buttons, page includes, API connections, ...","party":"third","provider":"Facebook","provider_country":"US","purpose":"marketing"},{"name":"advertising cookies, plug-in/script for opt-in e-mail newsletter and remarketing/reminders","party":"third","provider":"Mailsoftware","provider_country":"US","purpose":"marketing"},{"name":"targeted advertising cookies","party":"third","provider":"Retargeting software","provider_country":"US","purpose":"marketing"},{"name":"Smartlook, website activity recording script, ...","party":"third","provider":"Smartlook","provider_country":"US","purpose":"statistics"},{"name":"Pixel / Remarketing service, ...","party":"third","provider":"LinkedIn","provider_country":"US","purpose":"marketing"},{"name":"CMS cookies (Wordpress)","provider":"Wordpress","provider_country":"US","purpose":"strictly_necessary"},{"name":"CMS cookies (Joomla)","provider":"Joomla","provider_country":"US","purpose":"strictly_necessary"},{"name":"CMS cookies (Drupal)","provider":"Drupal","purpose":"strictly_necessary"},{"name":"CMS cookies (other CMS)","provider":"Ander CMS","purpose":"strictly_necessary"},{"name":"performance and security cookies","party":"third","provider":"Cloudflare","provider_country":"US","purpose":"strictly_necessary"},{"name":"*","provider":"*","purpose":"strictly_necessary"},{"name":"*","provider":"*","purpose":"social_media"},{"name":"*","party":"third","provider":"Payment provider","provider_country":"US"}],"data_subjects":["visitors of conpro-bouw.be and of the domains that redirect to it","people who contact the company","users of the company's services"],"languages":["nl"],"last_updated":"2020-06-05","recipients":[{"category":"other parties, where needed to perform the agreement or where the law allows or requires it"},{"category":"derde partijen (third parties) whose cookies and plug-ins are placed on the website","purpose":"Receive data through the cookies they place"}],"rights":{"exercise":{"email":"info@conpro-bvba.be","postal":{"city":"Berchem-Antwerpen","country":"BE","postal_code":"2600","street":"Eikelstraat 26"}},"identity_check":{"document":"Identification, form not specified. For access to data linked to a cookie, a copy of that cookie taken from the browser settings.","when":"every_request"},"stated":["access","rectification","erasure"]},"title":"Privacy- en cookie policy","transfers":[{"destination":"US","mechanism":"privacy_shield","recipient":"Google","statement":"E-mail through G Suite, and analytics and advertising cookies (Analytics, Tag Manager, Adwords, remarketing snippets)"},{"destination":"US","mechanism":"privacy_shield","recipient":"CRM software","statement":"CRM management"},{"destination":"US","mechanism":"privacy_shield","recipient":"administration software","statement":"Administration"},{"destination":"US","mechanism":"privacy_shield","recipient":"support software","statement":"Support ticketing system"},{"destination":"US","mechanism":"privacy_shield","recipient":"e-mail software","statement":"E-mail marketing and internet marketing"},{"destination":"US","mechanism":"privacy_shield","recipient":"payment provider","statement":"Payments and payment-related e-mails and cookies. The provider is located \\"EU / US (Privacy Shield)\\"."},{"destination":"US","mechanism":"privacy_shield","recipient":"Facebook","statement":"Facebook pixel, like and share buttons, page includes, API connections"},{"destination":"US","mechanism":"privacy_shield","recipient":"Mailsoftware","statement":"Advertising cookies and a plug-in for the opt-in e-mail newsletter and for remarketing and reminders"},{"destination":"US","mechanism":"privacy_shield","recipient":"retargeting software","statement":"Targeted advertisements through cookies"},{"destination":"US","mechanism":"privacy_shield","recipient":"Smartlook","statement":"Script that records website activity, for bug detection and a better user experience"},{"destination":"US","mechanism":"privacy_shield","recipient":"LinkedIn","statement":"Pixel and remarketing service"},{"destination":"US","mechanism":"privacy_shield","recipient":"Wordpress","statement":"CMS"},{"destination":"US","mechanism":"privacy_shield","recipient":"Joomla","statement":"CMS"},{"destination":"US","mechanism":"privacy_shield","recipient":"Cloudflare","statement":"Web performance and security-related technical identification of users"},{"destination":"US","recipient":"other CMS (\\"Ander CMS\\")","statement":"CMS cookies, located \\"EU / US\\""},{"destination":"US","recipient":"social media cookie providers (\\"*\\")","statement":"Social media sharing cookies from any provider, located \\"EU / US\\""}],"version":"Versie 2"},"text":"Name, address and place of residence (NAW data)\\nTelephone number\\nBilling data\\nPayment data\\nE-mail address\\nLogin data\\nGender\\nIP address\\n[.....]\\nwebsite visitors\\nusers of the company's services\\nemail\\nonline_ads\\nTo stop targeted advertising, send an e-mail to info@conpro-bvba.be. Advertisements may still appear afterwards, but not personalised by the company. The notice says nothing on unsubscribing from newsletters.\\nwebsite-and-services\\nUse of personal data through the website and services\\nGiving access to the website\\nOffering functionality through the website\\nInvoicing the services purchased\\nRegistering domain names\\nSending newsletters\\nImproving and evaluating the website and services\\nAnswering and handling the questions you ask\\nShowing targeted advertisements through search engines\\nShowing targeted advertisements through marketing platforms such as Facebook and LinkedIn\\n[.....]\\nPersonal data is kept no longer than necessary (\\"niet langer dan nodig\\") for the purposes for which it was provided or obtained, taking into account those purposes and any statutory retention periods.\\nThe data sent through the contact form or by e-mail\\npeople who fill in the contact form or send an e-mail\\ncontact-form-email\\nContact form and e-mails\\nAnswering and handling questions about the company or its services sent by contact form or e-mail\\nUS\\nGoogle\\nE-mail traffic (G Suite)\\nCRM\\nUS\\nCRM management (customer relations)\\nadministration software\\nUS\\nAdministration\\nsupport software\\nUS\\nSupport (ticketing system)\\ne-mail software\\nUS\\nE-mail marketing and internet marketing\\npayment provider\\nUS\\nProcessing payments and sending e-mails, marketing-related or not, with the data needed to carry out, advertise or follow up payments\\nWhat is sent is kept as long as needed (\\"zolang als ... nodig\\") for the question to be fully answered and handled, given the nature of the form or the content of the e-mail.\\ndata_subject\\nBerchem-Antwerpen\\nBE\\n2600\\nEikelstraat 26\\ninfo@conpro-bvba.be\\n0484532738\\nhttps://conpro-bouw.be\\nConstruct Professional bvba\\nbundled_with_policy\\nDisable cookies in the browser settings or delete them by hand. To stop cookies used for targeted advertising, unsubscribe by e-mail to info@conpro-bvba.be.\\nAnalytics, Tag manager, ...\\nthird\\nGoogle\\nUS\\nstatistics\\nAdwords, remarketing snippets, ...\\nthird\\nGoogle\\nUS\\nmarketing\\nFacebook pixel, like & share buttons, page includes, API connections, ...\\nthird\\nFacebook\\nUS\\nmarketing\\nadvertising cookies, plug-in/script for opt-in e-mail newsletter and remarketing/reminders\\nthird\\nMailsoftware\\nUS\\nmarketing\\ntargeted advertising cookies\\nthird\\nRetargeting software\\nUS\\nmarketing\\nSmartlook, website activity recording script, ...\\nthird\\nSmartlook\\nUS\\nstatistics\\nPixel / Remarketing service, ...\\nthird\\nLinkedIn\\nUS\\nmarketing\\nCMS cookies (Wordpress)\\nWordpress\\nUS\\nstrictly_necessary\\nCMS cookies (Joomla)\\nJoomla\\nUS\\nstrictly_necessary\\nCMS cookies (Drupal)\\nDrupal\\nstrictly_necessary\\nCMS cookies (other CMS)\\nAnder CMS\\nstrictly_necessary\\nperformance and security cookies\\nthird\\nCloudflare\\nUS\\nstrictly_necessary\\n*\\n*\\nstrictly_necessary\\n*\\n*\\nsocial_media\\n*\\nthird\\nPayment provider\\nUS\\nvisitors of conpro-bouw.be and of the domains that redirect to it\\npeople who contact the company\\nusers of the company's services\\nnl\\n2020-06-05\\nother parties, where needed to perform the agreement or where the law allows or requires it\\nderde partijen (third parties) whose cookies and plug-ins are placed on the website\\nReceive data through the cookies they place\\ninfo@conpro-bvba.be\\nBerchem-Antwerpen\\nBE\\n2600\\nEikelstraat 26\\nIdentification, form not specified. For access to data linked to a cookie, a copy of that cookie taken from the browser settings.\\nevery_request\\naccess\\nrectification\\nerasure\\nPrivacy- en cookie policy\\nUS\\nprivacy_shield\\nGoogle\\nE-mail through G Suite, and analytics and advertising cookies (Analytics, Tag Manager, Adwords, remarketing snippets)\\nUS\\nprivacy_shield\\nCRM software\\nCRM management\\nUS\\nprivacy_shield\\nadministration software\\nAdministration\\nUS\\nprivacy_shield\\nsupport software\\nSupport ticketing system\\nUS\\nprivacy_shield\\ne-mail software\\nE-mail marketing and internet marketing\\nUS\\nprivacy_shield\\npayment provider\\nPayments and payment-related e-mails and cookies. The provider is located \\"EU / US (Privacy Shield)\\".\\nUS\\nprivacy_shield\\nFacebook\\nFacebook pixel, like and share buttons, page includes, API connections\\nUS\\nprivacy_shield\\nMailsoftware\\nAdvertising cookies and a plug-in for the opt-in e-mail newsletter and for remarketing and reminders\\nUS\\nprivacy_shield\\nretargeting software\\nTargeted advertisements through cookies\\nUS\\nprivacy_shield\\nSmartlook\\nScript that records website activity, for bug detection and a better user experience\\nUS\\nprivacy_shield\\nLinkedIn\\nPixel and remarketing service\\nUS\\nprivacy_shield\\nWordpress\\nCMS\\nUS\\nprivacy_shield\\nJoomla\\nCMS\\nUS\\nprivacy_shield\\nCloudflare\\nWeb performance and security-related technical identification of users\\nUS\\nother CMS (\\"Ander CMS\\")\\nCMS cookies, located \\"EU / US\\"\\nUS\\nsocial media cookie providers (\\"*\\")\\nSocial media sharing cookies from any provider, located \\"EU / US\\"\\nVersie 2\\n"}`];function fe(t){if(!Array.isArray(B)||B.length===0||typeof Worker>"u"||typeof Blob>"u")return()=>Promise.resolve(!1);let e=r=>{},n=new Promise(r=>e=r),o;try{let r=URL.createObjectURL(new Blob([`(${nt.toString()})()`],{type:"text/javascript"}));o=new Worker(r,{name:"noticelint policy warm-up"}),o.onmessage=a=>{if(a.data==="started"){URL.revokeObjectURL(r);return}e(a.data==="done")},o.onerror=a=>{a.preventDefault(),URL.revokeObjectURL(r),e(!1)}}catch{return()=>Promise.resolve(!1)}return(r,a)=>(!r||!a?(o.terminate(),e(!1)):o.postMessage({module:r,data:a.slice(0),inputs:B,entrypoint:t}),n)}function nt(){self.onmessage=async t=>{self.postMessage("started");try{let{module:e,data:n,inputs:o,entrypoint:r}=t.data,a=new WebAssembly.Memory({initial:32}),i=()=>{throw new Error("not available during the warm-up")},c={memory:a,opa_abort:i,opa_println:()=>{}};for(let l=0;l<=4;l++)c[`opa_builtin${l}`]=i;let{exports:d}=await WebAssembly.instantiate(e,{env:c}),h=l=>{l>a.buffer.byteLength&&a.grow(Math.ceil((l-a.buffer.byteLength)/65536))},f=l=>{let m=d.opa_malloc(l.length);return new Uint8Array(a.buffer).set(l,m),d.opa_json_parse(m,l.length)},w=JSON.parse((l=>{let m=new Uint8Array(a.buffer);return new TextDecoder().decode(m.subarray(l,m.indexOf(0,l)))})(d.opa_json_dump(d.entrypoints())))[r],u=f(new Uint8Array(n)),v=d.opa_heap_ptr_get();for(let l of o){let m=new TextEncoder().encode(l);h(v+m.length+(4<<20)),new Uint8Array(a.buffer).set(m,v),d.opa_eval(0,w,u,v,m.length,v+m.length,0)}self.postMessage("done")}catch{self.postMessage("failed")}self.close()}}var rt=200,ye=25,ot=300,at=100,it=["engine.wasm","policy.wasm","data.json","rules.json"],st="noticelint/main/report",g=null,S=[],k=null,be=0,N=0,O=0;self.onmessage=t=>{let e=t.data;e?.type==="check"&&(clearTimeout(O),S.push(e),g&&Ae())};var we=new URL("./",self.location.href),G=t=>fetch(new URL(t,we)).then(e=>{if(!e.ok)throw new Error(`${t}: HTTP ${e.status}`);return e}),ve=G("rules.json").then(t=>t.text());ve.then(t=>self.postMessage({type:"rules",text:t}),()=>{});var _e=I(G("policy.wasm")),ke=G("data.json").then(t=>t.arrayBuffer()),Se=0,ge=fe(st);Promise.all([_e,ke]).then(([t,e])=>ge(t,e),()=>ge(null)).then(t=>t&&(Se=performance.now()));var L=!0;he(we,{sources:{rules:ve,policy:_e,data:ke},warm:!0,goEnv:{GOGC:"off"}}).then(t=>{g=t;let e={...t.timings(),fetched:dt()};self.postMessage({type:"ready",timings:e,timeOrigin:performance.timeOrigin,requests:ct()}),Ae()},t=>{self.postMessage({type:"failed",message:t instanceof Error?t.message:String(t)});for(let e of S.splice(0))self.postMessage({type:"result",id:e.id,error:"the checker could not start"})});function ct(){return performance.getEntriesByType("resource").map(t=>{let e=t;return{url:e.name,status:e.responseStatus??0,transferSize:e.transferSize,encodedBodySize:e.encodedBodySize,decodedBodySize:e.decodedBodySize}})}function dt(){let t=0;for(let e of performance.getEntriesByType("resource"))it.some(n=>e.name.endsWith(`/${n}`))&&(t=Math.max(t,e.responseEnd));return t||void 0}function Ae(){for(;g&&S.length>0;){let t=S.shift(),e=g.timings().checks===0;k=t;let n=performance.now();try{let o=g.checkJSON(t.name,t.text,t.asOf,!0),r=performance.now()-n;be=r,self.postMessage({type:"result",id:t.id,json:o,ms:r,received:performance.timeOrigin+n,sent:performance.timeOrigin+performance.now(),timings:e?{...g.timings(),policyWarm:Se||void 0}:void 0,timeOrigin:performance.timeOrigin})}catch(o){self.postMessage({type:"result",id:t.id,error:o instanceof Error?o.message:String(o)})}}L&&g&&g.timings().checks>0&&setTimeout(pt,0),xe(ot)}function xe(t){clearTimeout(O),k&&N<ye&&be<=at&&(O=setTimeout(lt,t))}function lt(){if(!(!g||!k||S.length>0)){N++;try{g.checkJSON(k.name,k.text,k.asOf,!0)}catch{N=ye}xe(0)}}function pt(){if(!(!L||!g)&&!(S.length>0)){L=!1;try{g.compileSchema()}catch{}g.gc(rt)}}
