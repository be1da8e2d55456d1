import numpy as np, time
for s in [(1024,64,128),(1024,128,10),(1024,10,128),(64,1024,128),(150,4,8)]:
    a=np.random.rand(s[0],s[1]); b=np.random.rand(s[1],s[2]); c=np.empty((s[0],s[2]))
    reps=int(max(1,3e8/(s[0]*s[1]*s[2])))
    for _ in range(reps): np.matmul(a,b,out=c)
    t=time.perf_counter()
    for _ in range(reps): np.matmul(a,b,out=c)
    t=time.perf_counter()-t
    print(s, "numpy %.2f GF/s" % (2*s[0]*s[1]*s[2]*reps/t/1e9))
